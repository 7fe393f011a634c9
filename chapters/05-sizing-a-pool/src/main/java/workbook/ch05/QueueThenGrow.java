package workbook.ch05;

import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seven tasks, all held at a gate, offered to a pool with 2 core threads, at most 4 threads and a queue of 2:
 * shows in which order a ThreadPoolExecutor starts threads, queues, adds threads beyond the core, and rejects.
 *
 * <pre>./mvnw -q -pl chapters/05-sizing-a-pool exec:exec -Dexample=queue-then-grow</pre>
 */
public final class QueueThenGrow {

    private QueueThenGrow() {}

    static void run(PrintStream out) throws InterruptedException {
        var gate = new CountDownLatch(1);
        var ran = new AtomicInteger();
        Runnable heldAtGate = () -> {
            try {
                gate.await(); // every task stays busy until the demonstration has looked at the pool
                ran.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        // tag::queue-then-grow[]
        var pool = new ThreadPoolExecutor(
                2, 4,                                  // <1>
                30, TimeUnit.SECONDS,                  // <2>
                new ArrayBlockingQueue<>(2));          // <3>
        for (int task = 1; task <= 7; task++) {
            try {
                pool.execute(heldAtGate);
                out.printf("task %d accepted: threads=%d, queued=%d%n",
                        task, pool.getPoolSize(), pool.getQueue().size());
            } catch (RejectedExecutionException e) {   // <4>
                out.printf("task %d rejected: threads=%d, queued=%d%n",
                        task, pool.getPoolSize(), pool.getQueue().size());
            }
        }
        // end::queue-then-grow[]
        gate.countDown();
        pool.close();
        out.println(ran.get() + " tasks ran; the pool had at most " + pool.getLargestPoolSize() + " threads");
    }

    public static void main(String[] args) throws InterruptedException {
        run(System.out);
    }
}
