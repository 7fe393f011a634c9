package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every task is held at a gate while the pool is looked at, so the counts are the same on every run. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class QueueThenGrowTest {

    @Test
    void startsCoreThreadsThenQueuesThenGrowsToTheMaximumThenRejects() throws Exception {
        var bytes = new ByteArrayOutputStream();
        QueueThenGrow.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "task 1 accepted: threads=1, queued=0",  // a new core thread for each task...
                "task 2 accepted: threads=2, queued=0",  // ...until there are corePoolSize of them
                "task 3 accepted: threads=2, queued=1",  // then the queue, not more threads
                "task 4 accepted: threads=2, queued=2",
                "task 5 accepted: threads=3, queued=2",  // only a full queue makes threads beyond the core
                "task 6 accepted: threads=4, queued=2",
                "task 7 rejected: threads=4, queued=2",  // full queue and maximumPoolSize threads: rejected
                "6 tasks ran; the pool had at most 4 threads");
    }

    private static Runnable heldBy(CountDownLatch gate) {
        return () -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void withAnUnboundedQueueTheMaximumPoolSizeNeverMatters() {
        var gate = new CountDownLatch(1);
        var pool = new ThreadPoolExecutor(2, 50, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            for (int i = 0; i < 10; i++) pool.execute(heldBy(gate));
            assertThat(pool.getPoolSize()).isEqualTo(2);      // the queue is never full, so step 3 never runs
            assertThat(pool.getQueue()).hasSize(8);
        } finally {
            gate.countDown();
            pool.close();
        }
    }

    @Test
    void withCoreZeroAndAnUnboundedQueueThePoolStartsExactlyOneThread() {
        var gate = new CountDownLatch(1);
        var pool = new ThreadPoolExecutor(0, 50, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            for (int i = 0; i < 10; i++) pool.execute(heldBy(gate));
            // step 2: every task was queued; the first execute found no thread at all, so it started one
            assertThat(pool.getPoolSize()).isEqualTo(1);
        } finally {
            gate.countDown();
            pool.close();
        }
        assertThat(pool.getCompletedTaskCount()).isEqualTo(10);
        assertThat(pool.getLargestPoolSize()).isEqualTo(1);
    }

    @Test
    void aCachedPoolMakesAThreadWheneverNoIdleThreadIsWaiting() {
        var gate = new CountDownLatch(1);
        var pool = (ThreadPoolExecutor) Executors.newCachedThreadPool();
        try {
            assertThat(pool.getCorePoolSize()).isZero();
            for (int i = 0; i < 10; i++) pool.execute(heldBy(gate));
            assertThat(pool.getPoolSize()).isEqualTo(10);     // every thread is busy: a new one per task
            assertThat(pool.getQueue()).isEmpty();            // a SynchronousQueue holds nothing
        } finally {
            gate.countDown();
            pool.close();
        }
    }
}
