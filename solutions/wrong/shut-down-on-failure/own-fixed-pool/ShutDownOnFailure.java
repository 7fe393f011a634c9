package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: it makes the pool it is given and shuts it down unused, and runs the tasks on a pool of its own.
// Expect: do not belong to the pool
public final class ShutDownOnFailure {
    private ShutDownOnFailure() {}
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        newFixedThreadPool.apply(poolSize).shutdown();
        try (var pool = Executors.newFixedThreadPool(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (var f : futures) f.get();
        }
        out.println(finalLine);
    }
}
