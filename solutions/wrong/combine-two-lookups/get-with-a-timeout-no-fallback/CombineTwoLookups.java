package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: the combined result is awaited with a timeout, and when it runs out the TimeoutException leaves
// the method: slow lookups are treated as failed ones.
// Expect: your get(timeout) ran out while the lookups were still running
// Expect: Timeouts and cancellation
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) throws Exception {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var count = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(n -> n + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            line = CompletableFuture.supplyAsync(name, pool)
                    .thenCombine(count, (n, c) -> n + " has " + c)
                    .get(200, TimeUnit.MILLISECONDS);
        }
        out.println(line);
        return line;
    }
}
