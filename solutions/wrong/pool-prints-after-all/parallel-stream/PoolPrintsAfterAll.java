package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a parallel stream runs the tasks on the common ForkJoinPool, not on the pool asked for.
// Expect: No pool was created
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        tasks.parallelStream().forEach(Runnable::run);
        out.println(finalLine);
    }
}
