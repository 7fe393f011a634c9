package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: waits with awaitTermination on an executor that was never shut down, so the wait can only end by
// its timeout (a minute), whatever the tasks do; its answer is ignored too.
// Expect: your thread still waited in awaitTermination of an executor that was never shut down
// Expect: Call shutdown() before awaitTermination
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
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
        executor.awaitTermination(1, TimeUnit.MINUTES);
    }
}
