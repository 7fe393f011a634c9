package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong here (see chapter 06, "Do not pool virtual threads"): the semaphore is used correctly, but the tasks run on a
// fixed pool of 'limit' virtual threads, so the tasks beyond the limit wait in the pool's queue for a thread,
// not for a permit, and threads are reused.
// Expect: waiting, but not for a permit
// Expect: queued for a thread, as in a pool
// Expect: threads were reused
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        try (var pool = Executors.newFixedThreadPool(limit, Thread.ofVirtual().factory())) {
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
