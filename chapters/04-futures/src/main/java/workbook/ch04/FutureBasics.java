package workbook.ch04;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a Future tells you and when: get() blocks, a task's exception comes back wrapped, a timed get() gives
 * up without stopping the task, and cancel(true) interrupts it. Every wait here ends on a latch, not the clock.
 *
 * <pre>./mvnw -q -pl chapters/04-futures exec:exec -Dexample=future-basics</pre>
 */
public final class FutureBasics {

    private FutureBasics() {}

    /** A task that waits until {@code gate} opens, then returns {@code result}. */
    static <T> Callable<T> after(CountDownLatch gate, T result) {
        return () -> {
            gate.await();
            return result;
        };
    }

    // tag::execution-exception[]
    static Throwable failureOf(ExecutorService pool) throws InterruptedException {
        Callable<Integer> countLines = () -> {
            throw new IOException("file7.txt: no such file"); // a Callable may throw checked exceptions
        };
        Future<Integer> future = pool.submit(countLines);     // nothing thrown here, nothing printed
        try {
            future.get();                                     // <1>
            return null;
        } catch (ExecutionException e) {
            return e.getCause();                              // <2>
        }
    }
    // end::execution-exception[]

    // tag::timed-get[]
    static Future<String> timedGet(ExecutorService pool, CountDownLatch gate, PrintStream out)
            throws InterruptedException, ExecutionException {
        Future<String> future = pool.submit(after(gate, "done"));
        try {
            future.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            out.println("get(10 ms) timed out; isDone() = " + future.isDone()
                    + ", isCancelled() = " + future.isCancelled());    // <1>
        }
        return future;                                                 // <2>
    }
    // end::timed-get[]

    // tag::cancel[]
    static void cancelRunning(ExecutorService pool, PrintStream out)
            throws InterruptedException, ExecutionException {
        var started = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);
        Future<?> future = pool.submit(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();                 // waits for ever, unless interrupted
            } catch (InterruptedException e) {
                interrupted.countDown();                       // cancel(true) lands here
            }
        });
        started.await();
        boolean cancelled = future.cancel(true);               // <1>
        interrupted.await();                                   // <2>
        out.println("cancel(true) returned " + cancelled + "; the task saw the interrupt");
        out.println("isCancelled() = " + future.isCancelled() + ", isDone() = " + future.isDone()
                + ", state() = " + future.state());
        try {
            future.get();
        } catch (CancellationException e) {
            out.println("get() threw CancellationException");  // <3>
        }
    }
    // end::cancel[]

    // tag::state[]
    static String describe(Future<?> future) {
        return switch (future.state()) {                       // JDK 19+, no waiting, no exception
            case SUCCESS -> "success: " + future.resultNow();
            case FAILED -> "failed: " + future.exceptionNow(); // the task's exception, not wrapped
            case CANCELLED -> "cancelled";
            case RUNNING -> "not finished yet";
        };
    }
    // end::state[]

    public static void main(String[] args) throws Exception {
        var out = System.out;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            out.println("get() rethrew the task's exception as the cause: " + failureOf(pool));
            var gate = new CountDownLatch(1);
            Future<String> slow = timedGet(pool, gate, out);
            out.println("while it runs: " + describe(slow));
            gate.countDown();
            out.println("after the gate opened, get() returned \"" + slow.get() + "\"; " + describe(slow));
            cancelRunning(pool, out);
        }
    }
}
