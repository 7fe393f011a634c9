package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Wrong on purpose: each task counts itself done under a monitor, but the caller's wait() sits under `if`, not
// `while`, and prints inside the pool block: the first notifyAll ends the wait.
// Expect: Your thread waited in Object.wait(), and that wait ended when only
// Expect: while (done < tasks.size()) lock.wait();
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var lock = new Object();
        int[] done = {0};
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable task : tasks) {
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        synchronized (lock) {
                            done[0]++;
                            lock.notifyAll();
                        }
                    }
                });
            }
            synchronized (lock) {
                if (done[0] < tasks.size()) lock.wait();
            }
            out.println(finalLine);
        }
    }
}
