package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: the caller takes each task's permit before submitting it, and when it is interrupted while waiting
// for one, it stops submitting (right so far) but says nothing: the flag is cleared, no exception leaves, and the caller
// cannot tell that the rest of the tasks never ran.
// Expect: tasks never ran (waiting in acquire() for a permit to start the next task, your thread was interrupted
public final class LimitWithASemaphore {
    private LimitWithASemaphore() {}

    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        var permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var task : tasks) {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    break;
                }
                executor.submit(() -> {
                    try {
                        task.run();
                    } finally {
                        permits.release();
                    }
                });
            }
        }
    }
}
