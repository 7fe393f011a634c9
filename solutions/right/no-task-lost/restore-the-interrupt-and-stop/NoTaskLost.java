package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import workbook.ch05.PoolMaker;

// Right: interrupted while waiting, it stops the tasks, keeps the interrupt for its caller and prints nothing.
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            return;
        }
        out.println(finalLine);
    }
}
