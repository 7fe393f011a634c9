package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: close() called explicitly in a finally block (what try-with-resources writes for you).
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        try {
            for (Runnable task : tasks) pool.execute(task);
        } finally {
            pool.close();
        }
        out.println(finalLine);
    }
}
