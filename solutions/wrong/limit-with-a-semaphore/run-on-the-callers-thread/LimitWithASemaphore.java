package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: takes a permit and runs each task itself, in its own loop: one task at a time, no virtual threads.
// Expect: A task ran on your own thread
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        for (Runnable task : tasks) {
            permits.acquire();
            try {
                task.run();
            } catch (RuntimeException e) {
                // keep going with the next task
            } finally {
                permits.release();
            }
        }
    }
}
