package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: an ExecutorCompletionService, take() once per task submitted.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var ecs = new ExecutorCompletionService<Object>(pool);
        for (Runnable t : tasks) ecs.submit(t, null);
        try {
            for (int i = 0; i < tasks.size(); i++) ecs.take().get();
        } finally {
            pool.shutdown();
        }
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) { }
        out.println(finalLine);
    }
}
