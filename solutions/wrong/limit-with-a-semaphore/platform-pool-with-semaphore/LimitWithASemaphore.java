package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: the semaphore is used correctly, but the tasks run on a fixed pool of 'limit' platform threads:
// the tasks beyond the limit wait in the pool's queue for a thread, and no task gets a virtual thread.
// Expect: waiting, but not for a permit
// Expect: platform thread(s)
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var pool = Executors.newFixedThreadPool(limit)) {
            for (Runnable task : tasks) {
                pool.submit(() -> {
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
