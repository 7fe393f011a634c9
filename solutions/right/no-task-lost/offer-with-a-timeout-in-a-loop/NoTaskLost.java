package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// A correct idiom: when the queue is full, the submitting thread waits for room with offer(task, 50 ms), again until the queue takes it.
// (A put after shutdown would strand the task, so a shut-down pool still rejects.)
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        RejectedExecutionHandler waitForRoom = (task, pool) -> {
            if (pool.isShutdown()) throw new RejectedExecutionException("the pool is shut down");
            try {
                while (!pool.getQueue().offer(task, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (pool.isShutdown()) throw new RejectedExecutionException("the pool was shut down while the task waited");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for room in the queue", e);
            }
        };
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), waitForRoom)) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
