package exercises.notasklost;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: its rejection handler waits 50 ms for room in the queue, and drops the task if there is none by then.
// Expect: the time ran out while the queue was still full
public final class NoTaskLost {
    private NoTaskLost() {}
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {

        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity), (r, ex) -> {
            try { ex.getQueue().offer(r, 50, TimeUnit.MILLISECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        })) {
            for (var t : tasks) pool.execute(t);
        }
        out.println(finalLine);
    }
}
