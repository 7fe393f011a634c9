package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: sleeps 200 ms, then takes the result if it is there (getNow), a made-up line if not.
// Expect: should return 'alice has 3 orders'
public final class CombineTwoLookups {
    private CombineTwoLookups() {}
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> n = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<String> o = CompletableFuture.supplyAsync(orders, pool).thenApply(v -> v + " orders")
                .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new RuntimeException(e); }
            String line = n.thenCombine(o, (a, b) -> a + " has " + b).getNow("alice has ? orders (slow)");
            out.println(line);
            return line;
        }

    }
}
