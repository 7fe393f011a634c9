package workbook.ch02;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * shutdownNow() interrupts the tasks that are running and hands back the ones that never started.
 * Five long tasks on a pool of two: two are running, three are waiting in the queue.
 *
 * <pre>./mvnw -q -pl chapters/02-thread-pools exec:exec -Dexample=shutdown-now</pre>
 */
public final class ShutdownNowDemo {

    private ShutdownNowDemo() {}

    // tag::shutdown-now[]
    static List<Runnable> stopNow(ExecutorService pool, PrintStream out) throws InterruptedException {
        List<Runnable> neverStarted = pool.shutdownNow();                    // <1>
        out.println("shutdownNow() returned " + neverStarted.size() + " tasks that never started");
        boolean terminated = pool.awaitTermination(1, TimeUnit.MINUTES);     // <2>
        out.println("terminated: " + terminated);
        return neverStarted;
    }
    // end::shutdown-now[]

    /** A task that would take a minute, unless it is interrupted; it tells {@code running} when it starts. */
    static Runnable longTask(String name, CountDownLatch running, PrintStream out) {
        return () -> {
            out.println(name + " started");
            running.countDown();
            try {
                Thread.sleep(60_000);
                out.println(name + " finished");
            } catch (InterruptedException e) {
                out.println(name + " interrupted, stops without finishing");
                Thread.currentThread().interrupt(); // keep the request visible to whoever runs this code
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        var out = System.out;
        var running = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 5; i++) {
            pool.submit(longTask("task" + i, running, out));
        }
        running.await(); // both workers are busy now; task2, task3 and task4 wait in the queue
        stopNow(pool, out);
    }
}
