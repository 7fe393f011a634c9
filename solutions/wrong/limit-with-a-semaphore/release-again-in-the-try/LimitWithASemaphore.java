package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: a task that ends well gives its permit back twice (once in the try, once in the finally), so
// every such task raises the limit by one.
// Expect: had given back more permits than they took
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    permits.acquire();
                    try {
                        task.run();
                        permits.release();
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
    }
}
