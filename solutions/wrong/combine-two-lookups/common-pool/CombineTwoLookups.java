package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: supplyAsync without an executor runs the lookups on the common pool, not on the pool.
// Expect: common pool
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name);
            var ordersText = CompletableFuture.supplyAsync(orders)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        }
        out.println(line);
        return line;
    }
}
