package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: a task thread interrupted while it waits in acquire() swallows the InterruptedException and runs
// its task anyway, without a permit (one more task than the limit may run), then releases a permit it never took.
// Expect: A task ran without a permit, and the limit went up
public final class LimitWithASemaphore {
    private LimitWithASemaphore() {}

    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        var permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var task : tasks) {
                executor.submit(() -> {
                    try {
                        permits.acquire();
                    } catch (InterruptedException e) {
                        // "it was only a wait"
                    }
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
