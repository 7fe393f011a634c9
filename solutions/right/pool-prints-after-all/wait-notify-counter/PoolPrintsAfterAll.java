package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: each task counts itself done under a monitor; the caller waits in a while loop, then shuts the pool down.
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
                while (done[0] < tasks.size()) lock.wait();
            }
        }
        out.println(finalLine);
    }
}
