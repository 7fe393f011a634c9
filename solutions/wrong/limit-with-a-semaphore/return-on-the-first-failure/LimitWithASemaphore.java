package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: shuts the executor down and gets the futures in order, but returns at the first failure.
// Expect: a task's failure must not stop the others
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        var futures = new ArrayList<Future<?>>();
        for (Runnable task : tasks) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                try {
                    task.run();
                } finally {
                    permits.release();
                }
                return null;
            }));
        }
        executor.shutdown();
        for (var f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                return;
            }
        }
    }
}
