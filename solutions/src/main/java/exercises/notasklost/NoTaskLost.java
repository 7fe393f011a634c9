package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import workbook.ch05.PoolMaker;

/**
 * Reference solution: a full queue sends the task back to the submitting thread (CallerRunsPolicy), which runs it
 * itself and so cannot submit more until it is done: back-pressure, and nothing is lost.
 */
public final class NoTaskLost {

    private NoTaskLost() {}

    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (Runnable task : tasks) {
                pool.execute(task);
            }
        } // close(): shutdown, then wait until every task has finished
        out.println(finalLine);
    }
}
