package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

// Wrong on purpose: once a task has failed, the tasks that get a permit after it skip their work.
// Expect: a task's failure must not stop the others
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var failed = new AtomicBoolean();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    permits.acquire();
                    try {
                        if (!failed.get()) task.run();
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
    }
}
