package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: gets every future while the tasks run; a failure is kept, and thrown only after the last future.
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
        ExecutionException first = null;
        for (var f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
