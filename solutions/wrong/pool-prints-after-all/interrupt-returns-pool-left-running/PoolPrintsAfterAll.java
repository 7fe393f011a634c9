package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: stops on an interrupt as it should, but leaves the pool running.
// Expect: it left the pool running
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var fs = new ArrayList<Future<?>>();
        for (Runnable t : tasks) fs.add(pool.submit(t));
        try {
            for (var f : fs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // pool still running, never shut down
        }
        pool.shutdown();
        out.println(finalLine);
    }
}
