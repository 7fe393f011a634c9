package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: ignores the pool, starts a thread per task and never joins them.
// Expect: '123' was printed while
// Expect: No pool was created
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        for (Runnable task : tasks) new Thread(task).start();
        out.println(finalLine);
    }
}
