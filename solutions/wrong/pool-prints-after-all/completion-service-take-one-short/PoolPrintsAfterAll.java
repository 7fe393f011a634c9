package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Wrong on purpose: an ExecutorCompletionService, but take() is called once too few (the loop starts at 1).
// Expect: whose take() waits for ONE task
// Expect: call take() once for every task you submitted (100 times), not fewer
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var done = new ExecutorCompletionService<Object>(pool);
            for (Runnable task : tasks) done.submit(task, null);
            for (int i = 1; i < tasks.size(); i++) done.take();
            out.println(finalLine);
        }
    }
}
