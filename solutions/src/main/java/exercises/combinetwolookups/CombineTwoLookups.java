package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Reference solution for combine-two-lookups: both lookups on the given pool, a fallback for the orders, one join. */
public final class CombineTwoLookups {

    private CombineTwoLookups() {}

    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<String> ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    // the lookup's exception arrives wrapped in a CompletionException: its cause is the real one
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            line = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text).join();
        }
        out.println(line);
        return line;
    }
}
