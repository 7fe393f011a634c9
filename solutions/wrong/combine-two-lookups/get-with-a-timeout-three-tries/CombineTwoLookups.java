package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: three tries of get(timeout) on the order count, then a placeholder, as if the order service had
// failed. More tries only make the wrong line rarer: slow is not failed.
// Expect: ran out while the lookups were still running
public final class CombineTwoLookups {
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) throws InterruptedException {
        String line;
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            var nameLookup = CompletableFuture.supplyAsync(name, pool);
            var ordersLookup = CompletableFuture.supplyAsync(orders, pool);
            String text = "? orders (too slow)";
            for (int tries = 0; tries < 3; tries++) {
                try {
                    text = ordersLookup.get(200, TimeUnit.MILLISECONDS) + " orders";
                    break;
                } catch (TimeoutException e) {
                    // try again, up to three times
                } catch (ExecutionException e) {
                    text = "? orders (" + e.getCause().getMessage() + ")";
                    break;
                }
            }
            line = nameLookup.join() + " has " + text;
        }
        out.println(line);
        return line;
    }
}
