package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many more virtual threads than carrier threads block at the same time while holding a lock. Under a
 * ReentrantLock that works on every JDK; inside synchronized only since JDK 24 (JEP 491), with the default
 * locking mode: on JDK 21 only as many threads as there are carriers could get in, and the synchronized test
 * would fail (the gate is opened in finally, so the pinned threads end and the executor closes).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PinningTest {

    private static final int THREADS = Runtime.getRuntime().availableProcessors() * 8;

    interface HoldingALock {
        void hold(Runnable whileHolding);
    }

    private static void allBlockAtOnce(HoldingALock lock) throws InterruptedException {
        var inside = new CountDownLatch(THREADS);
        var gate = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                for (int i = 0; i < THREADS; i++) {
                    executor.submit(() -> lock.hold(() -> {
                        inside.countDown();
                        try {
                            gate.await(); // blocked while holding the lock
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                // Every thread blocked inside its lock at the same time takes milliseconds; the bound only turns a
                // pinned run into a failure with a count, instead of a wait for the class's @Timeout.
                inside.await(10, TimeUnit.SECONDS);
                assertThat(inside.getCount()).as("virtual threads that never got inside their lock").isZero();
            } finally {
                gate.countDown(); // whatever happened, let the threads inside go, or close() would wait for ever
            }
        }
    }

    @Test
    void blockedInsideSynchronizedWithoutPinningSinceJdk24() throws InterruptedException {
        assumeTrue(Runtime.version().feature() >= 24, "JEP 491 arrived in JDK 24");
        allBlockAtOnce(whileHolding -> {
            synchronized (new Object()) {
                whileHolding.run();
            }
        });
    }

    @Test
    void blockedInsideAReentrantLockOnEveryJdk() throws InterruptedException {
        allBlockAtOnce(whileHolding -> {
            var lock = new ReentrantLock();
            lock.lock();
            try {
                whileHolding.run();
            } finally {
                lock.unlock();
            }
        });
    }

    @Test
    void theDemoTasksRun() throws InterruptedException {
        assertThat(PinningDemo.time(4, PinningDemo::sleepInsideSynchronized)).isPositive();
        assertThat(PinningDemo.time(4, PinningDemo::sleepInsideReentrantLock)).isPositive();
    }
}
