package workbook.ch04;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The two "whole collection" calls of an ExecutorService: invokeAll waits for every task (or for a time limit,
 * cancelling what has not finished), invokeAny waits for the first task that succeeds and cancels the rest.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=invoke-all-any</pre>
 */
public final class InvokeAllAny {

    private InvokeAllAny() {}

    /** A task that counts down {@code started}, waits until it is interrupted (by a cancel), then counts down {@code interrupted}. */
    static Callable<String> untilInterrupted(CountDownLatch started, CountDownLatch interrupted) {
        return () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        };
    }

    // tag::invoke-all-timeout[]
    static List<Future<String>> invokeAllWithin(ExecutorService pool, List<Callable<String>> tasks,
            long millis, PrintStream out) throws InterruptedException {
        List<Future<String>> futures = pool.invokeAll(tasks, millis, TimeUnit.MILLISECONDS); // <1>
        for (Future<String> f : futures) {
            out.println(FutureBasics.describe(f));                                          // <2>
        }
        return futures;
    }
    // end::invoke-all-timeout[]

    // tag::invoke-any[]
    static String firstMirror(ExecutorService pool, CountDownLatch slowInterrupted)
            throws InterruptedException, ExecutionException {
        var brokenFailed = new CountDownLatch(1);
        var slowStarted = new CountDownLatch(1);
        Callable<String> broken = () -> {
            brokenFailed.countDown();
            throw new IOException("mirror A: connection refused");           // a failure does not win
        };
        // mirror B never answers
        Callable<String> slow = untilInterrupted(slowStarted, slowInterrupted);
        Callable<String> working = () -> {
            // (only to fix the order for the demo: A has failed, B is running)
            brokenFailed.await();
            slowStarted.await();
            return "file from mirror C";
        };
        return pool.invokeAny(List.of(broken, slow, working));               // <1>
    }
    // end::invoke-any[]

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            var started = new CountDownLatch(1);
            var interrupted = new CountDownLatch(1);
            out.println("invokeAll with a time limit of 1 s:");
            invokeAllWithin(pool, List.of(() -> "a", untilInterrupted(started, interrupted), () -> "c"), 1_000, out);
            if (started.getCount() == 0) {
                interrupted.await();
                out.println("the unfinished task was interrupted");
            } else {
                out.println("the unfinished task was cancelled before it started"); // a very busy machine
            }

            var slowInterrupted = new CountDownLatch(1);
            out.println("invokeAny returned: " + firstMirror(pool, slowInterrupted));
            slowInterrupted.await();
            out.println("the slow mirror was interrupted");
        }
    }
}
