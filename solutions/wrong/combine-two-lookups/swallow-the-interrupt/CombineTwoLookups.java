package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: an interrupt ends get() early, and this code makes a line anyway from what is there (nothing yet).
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        ExecutorService pool = newFixedThreadPool.apply(2);
        CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
        CompletableFuture<String> ordersText = CompletableFuture.supplyAsync(orders, pool)
                .thenApply(count -> count + " orders")
                .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
        CompletableFuture<String> both = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text);
        String line;
        try {
            line = both.get();
        } catch (InterruptedException e) {
            line = both.getNow("someone has ? orders (interrupted)"); // "better than nothing"
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        pool.shutdown();
        out.println(line);
        return line;
    }
}
