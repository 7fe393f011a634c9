package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: each task counts a latch down when it ends; wait for the latch, then shut down.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var done = new CountDownLatch(tasks.size());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) { // close() leaves no pool thread running
            for (Runnable task : tasks) {
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await(); // the wait: every task has counted down
        }
        out.println(finalLine);
    }
}
