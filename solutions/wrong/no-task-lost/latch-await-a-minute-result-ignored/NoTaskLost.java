package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import workbook.ch05.PoolMaker;

// Wrong on purpose: loses no task (caller runs), but waits for the work on a latch of its own for a minute and never
// reads the answer before printing.
// Expect: Your await(1 minutes) on your CountDownLatch returned false
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var done = new CountDownLatch(tasks.size());
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
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
