package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import workbook.ch05.PoolMaker;

// Wrong on purpose: interrupted while its handler waits for room, it keeps the interrupt and runs the task on its own
// thread instead, with the flag set: the task sees the interrupt and stops unfinished, and the final line is printed
// after the pool has terminated, as if every task had finished.
// Expect: while its interrupt flag was set: the task saw the interrupt at once and stopped unfinished
public final class NoTaskLost {
    private NoTaskLost() {}

    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, executor) -> {
            try {
                executor.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.run(); // "then it runs here, nothing is lost"
            }
        });
        for (var task : tasks) pool.execute(task);
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        out.println(finalLine);
        if (interrupted) Thread.currentThread().interrupt();
    }
}
