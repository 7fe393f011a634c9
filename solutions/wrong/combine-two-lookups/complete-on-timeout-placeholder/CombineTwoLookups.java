package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: a slow order lookup is replaced by a placeholder after one second, as if it had failed.
// Expect: went off while the lookups were still running
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersLookup = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(n -> n + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")")
                    .completeOnTimeout("? orders (too slow)", 1, TimeUnit.SECONDS);
            line = nameLookup.thenCombine(ordersLookup, (user, count) -> user + " has " + count).join();
        }
        out.println(line);
        return line;
    }
}
