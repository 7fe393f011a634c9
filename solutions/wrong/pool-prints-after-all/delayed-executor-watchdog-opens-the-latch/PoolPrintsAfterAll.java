package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: a hand-made timeout. A watchdog on a delayed executor opens the latch after 30 s, done or not, and the
// caller takes the open latch for the end of the work.
// Expect: A timer your code set (delayedExecutor(30 seconds))
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var done = new CountDownLatch(tasks.size());
        try {
            for (Runnable task : tasks) {
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        done.countDown();
                    }
                });
            }
            CompletableFuture.delayedExecutor(30, TimeUnit.SECONDS).execute(() -> {
                while (done.getCount() > 0) done.countDown();
            });
            done.await();
        } finally {
            pool.shutdown();
        }
        out.println(finalLine);
    }
}
