package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: submits every task, then calls invokeAll on the same tasks "to wait for them", so each runs twice.
// Expect: ran more than once
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable task : tasks) pool.submit(task);
            pool.invokeAll(tasks.stream().map(Executors::callable).toList());
        }
        out.println(finalLine);
    }
}
