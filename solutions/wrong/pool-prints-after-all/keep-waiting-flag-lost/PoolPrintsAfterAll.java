package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// ARGUABLY WRONG: keeps waiting after an interrupt (good) but never restores the interrupt status (the interrupt is lost).
// Wrong on purpose: keeps waiting after an interrupt, but drops it, so the caller never learns of it.
// Expect: returned with the interrupt dropped
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable t : tasks) pool.execute(t);
        pool.shutdown();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException ignored) {
                // keep waiting; flag not restored
            }
        }
        out.println(finalLine);
    }
}
