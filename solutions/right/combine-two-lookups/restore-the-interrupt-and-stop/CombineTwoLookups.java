package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Right: waits with get(), which an interrupt ends; then it stops the lookups, keeps the interrupt for its caller and
// throws with the InterruptedException as the cause, instead of making up a line.
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<String> ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            try {
                line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).get();
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new CompletionException("interrupted while waiting for the lookups", e);
            } catch (ExecutionException e) {
                throw new CompletionException(e.getCause());
            }
        }
        out.println(line);
        return line;
    }
}
