package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: shutdown(), then awaitTermination in a loop until it returns true.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.submit(task);
        pool.shutdown();
        while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            // not finished yet: wait again
        }
        out.println(finalLine);
    }
}
