package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Right: a CompletableFuture per task on a virtual-thread-per-task executor, all waited for with allOf and a generous
// timeout (a TimeoutException would leave the method: running out of time is reported, never taken as the end).
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var all = new ArrayList<CompletableFuture<Void>>();
            for (Runnable task : tasks) {
                all.add(CompletableFuture.runAsync(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        task.run();
                    } finally {
                        permits.release();
                    }
                }, executor));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        }
    }
}
