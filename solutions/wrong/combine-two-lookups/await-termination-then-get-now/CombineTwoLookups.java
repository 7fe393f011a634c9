package exercises.combinetwolookups;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;
import java.util.function.Supplier;

// Wrong on purpose: shuts the pool down, waits 10 ms for it and ignores the answer, then getNow with a made-up line.
// Expect: your code made the line without waiting for
public final class CombineTwoLookups {
    private CombineTwoLookups() {}
    public static String describeUser(IntFunction<ExecutorService> newFixedThreadPool, Supplier<String> name,
                                      Supplier<Integer> orders, PrintStream out) {
        ExecutorService pool = newFixedThreadPool.apply(2);
        CompletableFuture<String> n = CompletableFuture.supplyAsync(name, pool);
        CompletableFuture<String> o = CompletableFuture.supplyAsync(orders, pool).thenApply(v -> v + " orders")
            .exceptionally(e -> "? orders (" + e.getCause().getMessage() + ")");
        pool.shutdown();
        try { pool.awaitTermination(10, TimeUnit.MILLISECONDS); }
        catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IllegalStateException("interrupted", e); }
        String line = n.thenCombine(o, (a, b) -> a + " has " + b).getNow("alice has ? orders (slow)");
        out.println(line);
        return line;

    }
}
