package exercises.limitwithasemaphore;

import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: takes the tasks in the order they finish, keeps the failures, and throws once all have been taken.
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ExecutorCompletionService<Void>(executor);
            for (Runnable task : tasks) {
                done.submit(() -> {
                    permits.acquire();
                    try {
                        task.run();
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
            var failure = new RuntimeException("some tasks failed");
            for (int i = 0; i < tasks.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    failure.addSuppressed(e.getCause());
                }
            }
            if (failure.getSuppressed().length > 0) throw failure;
        }
    }
}
