package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

// Wrong on purpose: waits for every task it started, but once one has failed it starts no more, so the tasks after
// the failure never run.
// Expect: must not stop the tasks not yet started
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        var failed = new AtomicBoolean();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                if (failed.get()) break;
                executor.submit(() -> {
                    permits.acquire();
                    try {
                        task.run();
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
