package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: waits at most 1 s on a latch of its own, ignores the answer, then getNow with a made-up line.
// Expect: should return 'alice has 3 orders'
public final class CombineTwoLookups {
    private CombineTwoLookups() {}
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(2)) {
            CompletableFuture<String> n = CompletableFuture.supplyAsync(name, pool);
            CompletableFuture<String> o = CompletableFuture.supplyAsync(orders, pool).thenApply(v -> v + " orders")
                .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
            CompletableFuture<String> all = n.thenCombine(o, (a, b) -> a + " has " + b);
            CountDownLatch done = new CountDownLatch(1);
            all.whenComplete((v, e) -> done.countDown());
            try { done.await(1, TimeUnit.SECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new RuntimeException(e); }
            String line = all.getNow("alice has ? orders (slow)");
            out.println(line);
            return line;
        }

    }
}
