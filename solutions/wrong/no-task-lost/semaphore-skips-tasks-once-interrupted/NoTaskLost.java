package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import workbook.ch05.PoolMaker;

// Wrong on purpose: a semaphore lets in only as many tasks as the pool can hold; interrupted in acquire(), it restores
// the flag and skips the task, and with the flag set every later acquire() throws at once, so every later task is
// skipped too. The final line is printed anyway.
// Expect: was dropped, without a word
// Expect: never reached the pool at all
// Expect: either keep waiting (acquire the permit again)
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var room = new Semaphore(threads + queueCapacity);
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            try {
                p.getQueue().put(task); // the permit comes back before the worker takes the next task: wait for room then
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException(e);
            }
        })) {
            for (var task : tasks) {
                try {
                    room.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    continue;
                }
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        room.release();
                    }
                });
            }
        }
        out.println(finalLine);
    }
}
