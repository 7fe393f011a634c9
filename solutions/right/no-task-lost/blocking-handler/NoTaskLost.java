package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// A correct idiom: when the queue is full, the submitting thread waits for room (put) instead of running the task.
// (A put after shutdown would strand the task, so a shut-down pool still rejects.)
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        RejectedExecutionHandler waitForRoom = (task, pool) -> {
            if (pool.isShutdown()) throw new RejectedExecutionException("the pool is shut down");
            try {
                pool.getQueue().put(task);
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
