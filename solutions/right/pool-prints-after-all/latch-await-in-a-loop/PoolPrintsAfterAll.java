package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Right: each task counts a latch down, and the caller waits on it in a loop until its answer says every task is done.
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
        while (!done.await(1, TimeUnit.SECONDS)) {
            // not yet: wait again
        }
        out.println(finalLine);
    }
}
