package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: waits for the tasks in the order they finish, and lets the first failure out at once, without close().
// Expect: a task's failure must not stop the others
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var executor = Executors.newVirtualThreadPerTaskExecutor();
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
        executor.shutdown();
        for (int i = 0; i < tasks.size(); i++) done.take().get();
    }
}
