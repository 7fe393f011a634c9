package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its rejection handler loses nothing, but it waits for room by calling offer() again and again
// without ever blocking: busy-waiting, which burns a core the pool's own threads need.
// Expect: in your rejection policy: a loop that tries offer() again and again
public final class NoTaskLost {
    private NoTaskLost() {}

    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, executor) -> {
            while (!executor.getQueue().offer(task)) {
                Thread.onSpinWait(); // "there will be room in a moment"
            }
        })) {
            for (var task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
