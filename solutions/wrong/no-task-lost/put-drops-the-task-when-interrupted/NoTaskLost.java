package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its handler waits for room with put(), and when interrupted there it keeps the flag but drops the task.
// Expect: was dropped, without a word
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            try {
                p.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
