package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: "one spare permit, to be safe": the semaphore gets limit + 1 permits, so one task too many runs at once.
// Expect: Your semaphore was made with 4 permits (newSemaphore.apply(4)), more than the limit of 3
// Expect: Make it with exactly newSemaphore.apply(limit).
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit + 1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    permits.acquire();
                    try {
                        task.run();
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
    }
}
