package exercises.notasklost;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import workbook.ch05.PoolMaker;

// Right: CallerRunsPolicy for back-pressure, every future got (so every task has ended), then shutdown(): with no
// work left, the pool's idle threads leave on their own, and nothing is waited for that could still be running.
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (var f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        out.println(finalLine);
    }
}
