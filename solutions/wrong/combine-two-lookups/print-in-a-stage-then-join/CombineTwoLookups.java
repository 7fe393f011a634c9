package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: a stage of the chain prints the line on a pool thread; the caller only joins the combined lookups,
// so whether the line comes before or after the return is left to the scheduler.
// Expect: not by the thread that called your method
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersText = CompletableFuture.supplyAsync(orders, pool)
                    .thenApply(count -> count + " orders")
                    .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            var both = nameLookup.thenCombine(ordersText, (user, text) -> user + " has " + text);
            both.thenAcceptAsync(out::println, pool);
            return both.join();
        }
    }
}
