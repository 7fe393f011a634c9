package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Wrong on purpose: each task gives back a permit when it ends, but the code waits for one permit too few.
// Expect: '123' was printed while 1 of 100 tasks
// Expect: Your thread waited in Semaphore.acquire(), and that wait ended when only 99 of 100 tasks had finished
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var done = new Semaphore(0);
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable task : tasks) {
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        done.release();
                    }
                });
            }
            done.acquire(tasks.size() - 1);
            out.println(finalLine);
        }
    }
}
