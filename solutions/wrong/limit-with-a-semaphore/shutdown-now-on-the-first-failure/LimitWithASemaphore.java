package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: gets the futures in order and, at the first failure, stops every other task with shutdownNow().
// Expect: interrupted while they were still running
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var futures = new ArrayList<Future<?>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
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
            for (var f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    executor.shutdownNow();
                    break;
                }
            }
        }
    }
}
