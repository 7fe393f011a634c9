package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt ends a join() early, and this code goes on to the next thread and returns as if every
// task had ended.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                // ignored: "it is nearly done anyway"
            }
        }
    }
}
