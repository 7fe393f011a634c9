package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: polls isTerminated() with parkNanos naps instead of blocking in a wait.
// Expect: it is a poll, not a wait
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable t : tasks) pool.execute(t);
        pool.shutdown();
        while (!pool.isTerminated()) {
            LockSupport.parkNanos(2_000_000);
            if (Thread.interrupted()) throw new InterruptedException();
        }
        out.println(finalLine);
    }
}
