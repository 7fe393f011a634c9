package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

// Wrong on purpose: the last task is handed over first with execute(), and invokeAll runs the others and waits for
// them only; then shutdown(), which does not wait, and the final line. invokeAll waits for the tasks it was given,
// not for the pool's other work.
// Expect: 1 of 100 tasks was still running
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        pool.execute(tasks.getLast());
        List<Callable<Object>> rest = tasks.subList(0, tasks.size() - 1).stream().map(Executors::callable).toList();
        pool.invokeAll(rest);
        pool.shutdown();
        out.println(finalLine);
    }
}
