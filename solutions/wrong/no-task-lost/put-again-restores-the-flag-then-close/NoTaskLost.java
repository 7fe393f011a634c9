package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its handler keeps waiting for room when interrupted (good) and sets the flag again as it leaves (too
// soon): close() then sees the flag, stops the tasks with shutdownNow(), and the final line is printed anyway.
// Expect: close() answers an interrupt with shutdownNow()
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            boolean interrupted = false;
            while (true) {
                try {
                    p.getQueue().put(task);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
