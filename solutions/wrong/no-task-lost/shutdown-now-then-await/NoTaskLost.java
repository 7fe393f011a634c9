package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: the policy loses nothing, but shutdownNow() throws away the tasks still queued and interrupts
// the running ones; awaitTermination then waits only for the interrupted tasks to give up.
// Expect: Your code called shutdownNow() while
// Expect: shutdownNow() does not wait for them, it stops them
// Expect: read chapter 02, section "shutdownNow() stops work, it does not finish it"
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdownNow();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) throw new IllegalStateException("the pool did not stop");
        out.println(finalLine);
    }
}
