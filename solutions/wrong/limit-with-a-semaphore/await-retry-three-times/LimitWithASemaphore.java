package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: reads what awaitTermination returns, but gives up after three "false" answers.
// Expect: returned false while the work was unfinished
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws InterruptedException {
        Semaphore permits = newSemaphore.apply(limit);
        var executor = Executors.newVirtualThreadPerTaskExecutor();
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
        executor.shutdown();
        for (int i = 0; i < 3 && !executor.awaitTermination(300, TimeUnit.MILLISECONDS); i++) { }
    }
}
