package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: orTimeout on the combined lookups, with no fallback for it. When the lookups are slower than
// the timer, join() throws a CompletionException around a TimeoutException, and no line is made at all.
// Expect: went off while the lookups were still running
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersLookup = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(n -> n + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            line = nameLookup.thenCombine(ordersLookup, (user, count) -> user + " has " + count)
                    .orTimeout(200, TimeUnit.MILLISECONDS)
                    .join();
        }
        out.println(line);
        return line;
    }
}
