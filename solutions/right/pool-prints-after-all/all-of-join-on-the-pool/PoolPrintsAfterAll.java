package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: CompletableFuture.runAsync on the given pool for every task, then allOf(...).join().
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var cfs = new ArrayList<CompletableFuture<Void>>();
            for (Runnable t : tasks) cfs.add(CompletableFuture.runAsync(t, pool));
            CompletableFuture.allOf(cfs.toArray(CompletableFuture[]::new)).join();
        }
        out.println(finalLine);
    }
}
