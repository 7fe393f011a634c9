package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import workbook.ch05.PoolMaker;

// Wrong on purpose: interrupted while its policy waits for room, it stops handing tasks over (the flag cleared, nothing
// said), waits for the tasks it did hand over, and prints the final line as if all of them had run.
// Expect: was dropped, without a word
// Expect: never reached the pool at all
// Expect: either keep waiting (put again)
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (task, p) -> {
            try {
                p.getQueue().put(task);
            } catch (InterruptedException e) {
                throw new RejectedExecutionException("interrupted while waiting for room", e);
            }
        })) {
            for (var task : tasks) {
                try {
                    pool.execute(task);
                } catch (RejectedExecutionException e) {
                    break;
                }
            }
        }
        out.println(finalLine);
    }
}
