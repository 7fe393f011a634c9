package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its handler waits for room with put(), and when interrupted there it swallows the interrupt and
// drops the task; every other task runs, and the final line comes after them.
// Expect: was dropped, without a word
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            try {
                p.getQueue().put(task);
            } catch (InterruptedException ignored) {
                // "cannot happen"
            }
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
