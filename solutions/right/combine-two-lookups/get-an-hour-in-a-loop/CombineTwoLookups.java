package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: a timed get() with a long timeout in a loop: the test must not wait an hour for it.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) throws InterruptedException, ExecutionException {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var count = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(n -> n + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            var combined = CompletableFuture.supplyAsync(name, pool).thenCombine(count, (n, c) -> n + " has " + c);
            while (true) {
                try {
                    line = combined.get(1, TimeUnit.HOURS);
                    break;
                } catch (TimeoutException stillRunning) {
                    // not yet: wait again
                }
            }
        }
        out.println(line);
        return line;
    }
}
