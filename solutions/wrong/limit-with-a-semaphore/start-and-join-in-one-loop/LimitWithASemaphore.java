package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: starts each task's virtual thread and joins it in the same loop, so the tasks run one after another.
// Expect: Your thread joined the thread of one task before starting the next
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        for (Runnable task : tasks) {
            Thread thread = Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            });
            thread.join();
        }
    }
}
