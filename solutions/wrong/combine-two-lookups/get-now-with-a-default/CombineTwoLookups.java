package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: getNow does not wait; a lookup that has not answered yet gives the default instead.
// Expect: Your method returned 'alice has ? orders' but should return 'alice has 3 orders'
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<String> ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            line = nameLookup.getNow("alice") + " has " + ordersText.getNow("? orders");
        }
        out.println(line);
        return line;
    }
}
