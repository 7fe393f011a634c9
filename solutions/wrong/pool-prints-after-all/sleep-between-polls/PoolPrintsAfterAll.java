package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: polls isTerminated() with a sleep in between. It prints last, but wakes up again and again
// for nothing and notices the end up to one sleep late; a blocking wait has neither problem.
// Expect: it is a poll, not a wait
// Expect: awaitTermination in a loop, or close()
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdown();
        while (!pool.isTerminated()) {
            Thread.sleep(10);
        }
        out.println(finalLine);
    }
}
