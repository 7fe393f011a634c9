package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupted acquire() is turned into a made-up "task failed" exception that drops the
// InterruptedException, and that is what the method throws once every task has ended.
// Expect: No task failed in this test: the test interrupted a thread while it waited in acquire() for a permit
// Expect: wrap it with it as the cause
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var futures = new ArrayList<Future<?>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                futures.add(executor.submit(() -> {
                    try {
                        permits.acquire();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("a task could not run");
                    }
                    try {
                        task.run();
                    } finally {
                        permits.release();
                    }
                }));
            }
        }
        for (var f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }
    }
}
