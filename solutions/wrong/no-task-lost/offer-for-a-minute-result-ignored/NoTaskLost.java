package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its rejection handler waits up to a minute for room in the queue ("surely long enough") and does
// not look at what offer() answers: when the time runs out with the queue still full, the task is dropped.
// Expect: Your policy's timed offer(task, timeout, unit) on the full queue returned false
public final class NoTaskLost {
    private NoTaskLost() {}

    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, executor) -> {
            try {
                executor.getQueue().offer(task, 1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for room", e);
            }
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
