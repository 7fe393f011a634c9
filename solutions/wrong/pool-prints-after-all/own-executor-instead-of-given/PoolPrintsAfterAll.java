package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: makes its own pool with Executors.newFixedThreadPool instead of the function it was given.
// Expect: No pool was created
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            for (Runnable task : tasks) pool.submit(task);
        }
        out.println(finalLine);
    }
}
