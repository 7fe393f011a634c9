package workbook.ch04;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * CompletableFuture on a pool of your own: supplyAsync with an executor, allOf then join, thenCombine,
 * exceptionally and handle, and a cancel that does not stop the task.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=completable</pre>
 */
public final class Completable {

    private Completable() {}

    // tag::all-of[]
    static int totalLines(ExecutorService pool, List<Supplier<Integer>> counters) {
        List<CompletableFuture<Integer>> counts = counters.stream()
                .map(counter -> CompletableFuture.supplyAsync(counter, pool))   // <1>
                .toList();
        CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).join(); // <2>
        int total = 0;
        for (CompletableFuture<Integer> count : counts) {
            total += count.join();                                              // <3>
        }
        return total;
    }
    // end::all-of[]

    // tag::then-combine[]
    static String describeUser(ExecutorService pool, Supplier<String> name, Supplier<Integer> orders) {
        // both lookups run at once
        CompletableFuture<String> nameLookup = CompletableFuture.supplyAsync(name, pool);
        CompletableFuture<Integer> ordersLookup = CompletableFuture.supplyAsync(orders, pool);
        return nameLookup
                .thenCombine(ordersLookup, (n, count) -> n + " has " + count + " orders")     // <1>
                .join();                                                                       // <2>
    }
    // end::then-combine[]

    // tag::exceptionally[]
    static String ordersOrUnknown(ExecutorService pool, Supplier<Integer> orders) {
        return CompletableFuture.supplyAsync(orders, pool)
                .thenApply(count -> count + " orders")
                .exceptionally(e -> "orders unknown (" + e.getClass().getSimpleName()          // <1>
                        + " caused by " + e.getCause().getClass().getSimpleName()
                        + ": " + e.getCause().getMessage() + ")")
                .join();
    }

    static String ordersOrFailure(ExecutorService pool, Supplier<Integer> orders) {
        return CompletableFuture.supplyAsync(orders, pool)
                .handle((count, e) -> e == null                                                // <2>
                        ? count + " orders"
                        : "lookup failed: " + unwrap(e).getMessage())
                .join();
    }

    /** A failure inside a stage reaches later stages as a CompletionException around the real one. */
    static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
    // end::exceptionally[]

    // tag::cancel-does-not-interrupt[]
    static CompletableFuture<String> cancelWhileRunning(ExecutorService pool, CountDownLatch started,
            CountDownLatch gate, PrintStream out) throws InterruptedException {
        CompletableFuture<String> future = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try {
                gate.await();                          // not interrupted by cancel(true): see below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            out.println("the task ran to its end after the cancel");
            return "finished";
        }, pool);
        started.await();
        boolean cancelled = future.cancel(true);       // <1>
        out.println("cancel(true) returned " + cancelled + "; isCancelled() = " + future.isCancelled());
        try {
            future.join();
        } catch (CancellationException e) {
            out.println("join() threw CancellationException at once, while the task still runs"); // <2>
        }
        return future;
    }
    // end::cancel-does-not-interrupt[]

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            out.println("allOf: " + totalLines(pool, List.of(() -> 1_000, () -> 250, () -> 40)) + " lines in all");
            out.println("thenCombine: " + describeUser(pool, () -> "alice", () -> 3));
            Supplier<Integer> down = () -> {
                throw new IllegalStateException("orders service down");
            };
            out.println("exceptionally: " + ordersOrUnknown(pool, down));
            out.println("handle: " + ordersOrFailure(pool, down));
            var started = new CountDownLatch(1);
            var gate = new CountDownLatch(1);
            cancelWhileRunning(pool, started, gate, out);
            gate.countDown(); // close() below waits for the task, which finishes normally
        }
    }
}
