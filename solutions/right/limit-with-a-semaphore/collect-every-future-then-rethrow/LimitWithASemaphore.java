package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Right: waits for every task, then reports the first failure (the others have all ended by then).
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
        }
        for (var f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e;
            }
        }
    }
}
