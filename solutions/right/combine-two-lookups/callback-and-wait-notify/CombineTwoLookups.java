package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: a callback on the combined stage hands the line over under a lock; the caller waits for it with wait() in a loop.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        var lock = new Object();
        var line = new String[1];
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            nameLookup.thenCombine(ordersText, (n, o) -> n + " has " + o).thenAccept(made -> {
                synchronized (lock) {
                    line[0] = made;
                    lock.notifyAll();
                }
            });
            synchronized (lock) {
                while (line[0] == null) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        pool.shutdownNow();
                        Thread.currentThread().interrupt();
                        throw new CompletionException("interrupted while waiting for the lookups", e);
                    }
                }
            }
        }
        out.println(line[0]);
        return line[0];
    }
}
