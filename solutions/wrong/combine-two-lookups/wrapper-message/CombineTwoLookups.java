package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: the fallback shows the CompletionException's message, not the lookup's own.
// Expect: e.getCause().getMessage()
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getMessage() + ")");
            line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        }
        out.println(line);
        return line;
    }
}
