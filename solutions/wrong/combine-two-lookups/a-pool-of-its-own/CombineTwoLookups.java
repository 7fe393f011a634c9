package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: makes its pool with Executors directly instead of the function it was given, so the test cannot watch it.
// Expect: threads of a pool or executor you made yourself
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            String line = nameLookup.thenCombine(ordersText, (n, o) -> n + " has " + o).join();
            out.println(line);
            return line;
        }
    }
}
