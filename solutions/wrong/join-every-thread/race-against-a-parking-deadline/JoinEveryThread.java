package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

// Wrong on purpose: a race between "every thread has ended" and a deadline of its own making: a timer thread that
// parks until System.nanoTime() passes a second from now. Whichever comes first opens the latch the caller waits on,
// so when the threads are slower than the deadline, the final line comes while they still run.
// Expect: A thread of yours slept (parkNanos(
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var over = new CountDownLatch(1);
        var left = new AtomicInteger(tasks.size());
        for (Runnable task : tasks) {
            Thread.ofPlatform().start(() -> {
                try {
                    task.run();
                } finally {
                    if (left.decrementAndGet() == 0) over.countDown();
                }
            });
        }
        Thread.ofPlatform().daemon().start(() -> {
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end) LockSupport.parkNanos(end - System.nanoTime());
            over.countDown(); // "time is up"
        });
        over.await();
        out.println(finalLine);
    }
}
