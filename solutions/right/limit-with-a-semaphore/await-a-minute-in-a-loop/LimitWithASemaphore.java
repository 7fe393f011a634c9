package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: shutdown(), then awaitTermination with a long timeout in a loop until it returns true.
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
        while (!executor.awaitTermination(1, TimeUnit.MINUTES)) { }
    }
}
