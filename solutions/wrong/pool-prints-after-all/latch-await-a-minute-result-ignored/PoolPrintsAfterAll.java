package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: each task counts a latch down, and the caller waits on the latch for a minute without reading its answer.
// Expect: '123' was printed while
// Expect: Your await(1 minutes) on your CountDownLatch returned false
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var done = new CountDownLatch(tasks.size());
        for (Runnable task : tasks) {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            });
        }
        pool.shutdown();
        done.await(1, TimeUnit.MINUTES);
        out.println(finalLine);
    }
}
