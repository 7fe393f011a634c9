package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Right: a helper thread closes the pool (close() waits for every task), and the caller joins that helper before
// printing: when join() returns, close() has returned, so every task has finished and the pool has terminated.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (var task : tasks) pool.submit(task);
        Thread closer = Thread.ofPlatform().name("closer").start(pool::close);
        closer.join();
        out.println(finalLine);
    }
}
