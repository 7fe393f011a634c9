package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: the caller takes each task's permit before starting its thread, and when it is interrupted while
// waiting for one, it skips that task and goes on with the next: the task never runs, the interrupt is gone, and the
// method returns as if all had run.
// Expect: tasks never ran (waiting in acquire() for a permit to start the next task, your thread was interrupted
// Expect: Your thread was interrupted while it waited for them
public final class LimitWithASemaphore {
    private LimitWithASemaphore() {}

    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        var permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                continue; // "that one can wait for the next run"
            }
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (var t : threads) t.join();
    }
}
