package exercises.notasklost;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import workbook.ch05.PoolMaker;

// Wrong on purpose: "the last task was submitted last, so it ends last anyway": gets every future but the last one,
// then shutdown() without waiting. Tasks do not end in the order they were submitted.
// Expect: You waited for some of the tasks' futures (get()), but not for every one
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (var f : futures.subList(0, futures.size() - 1)) f.get();
        } finally {
            pool.shutdown();
        }
        out.println(finalLine);
    }
}
