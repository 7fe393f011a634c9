package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: a loop of timed tryAcquire calls (each one blocks, so the loop does not spin), before the try.
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        // no permit yet: wait again
                    }
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
