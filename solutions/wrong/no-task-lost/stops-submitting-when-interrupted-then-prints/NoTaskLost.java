package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import workbook.ch05.PoolMaker;

// Wrong on purpose: interrupted while its policy waits for room, the policy throws (right), but the submit loop catches
// that exception and stops handing tasks over, waits for the tasks it did hand over, and prints the final line as if all
// of them had run.
// Expect: Your policy then stopped and said so
// Expect: the code around execute() caught that exception
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
