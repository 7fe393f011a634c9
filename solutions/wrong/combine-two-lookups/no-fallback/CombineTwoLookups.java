package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: no fallback, so a failed order lookup makes join() throw.
// Expect: exceptionally(...) or handle(...)
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders");
            line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        }
        out.println(line);
        return line;
    }
}
