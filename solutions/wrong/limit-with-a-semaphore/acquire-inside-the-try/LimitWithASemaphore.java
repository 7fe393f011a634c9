package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: acquire() is inside the try, so when a thread is interrupted while it waits for a permit,
// acquire() throws without taking one and the finally block still releases one: the limit goes up by one.
// Expect: A permit was given back that was never taken
// Expect: Call acquire() before the try
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    try {
                        permits.acquire();
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
