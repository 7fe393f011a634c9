package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: waits for every task with a latch, but never shuts the pool down.
// Expect: it was never shut down
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
        done.await();
        out.println(finalLine);
    }
}
