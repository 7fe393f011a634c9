package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: a minute "is plenty" for the order count, and when it runs out the line is made without it,
// as if the order service had failed: slow is not failed.
// Expect: your get(1 minutes) on a future of yours ran out while the lookups were still running
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) throws InterruptedException {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersLookup = CompletableFuture.supplyAsync(orders, pool);
            String text;
            try {
                text = ordersLookup.get(1, TimeUnit.MINUTES) + " orders";
            } catch (TimeoutException e) {
                text = "? orders (too slow)";
            } catch (ExecutionException e) {
                text = "? orders (" + e.getCause().getMessage() + ")";
            }
            line = nameLookup.join() + " has " + text;
        }
        out.println(line);
        return line;
    }
}
