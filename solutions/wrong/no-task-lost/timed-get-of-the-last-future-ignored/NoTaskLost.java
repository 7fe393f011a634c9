package exercises.notasklost;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import workbook.ch05.PoolMaker;

// Wrong on purpose: gets every future, the last one with a timeout of a day "to be safe", and goes on when that
// get() throws TimeoutException: a timeout says the task is still running, whatever its length.
// Expect: timed get(...) threw TimeoutException
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (int i = 0; i < futures.size(); i++) {
                if (i < futures.size() - 1) {
                    futures.get(i).get();
                } else {
                    try {
                        futures.get(i).get(1, TimeUnit.DAYS);
                    } catch (TimeoutException tooLong) {
                        // a day is surely enough
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        out.println(finalLine);
    }
}
