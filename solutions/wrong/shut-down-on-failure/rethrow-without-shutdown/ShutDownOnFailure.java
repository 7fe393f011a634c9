package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: no try-with-resources: the first failed get() leaves the method, the pool is never shut down.
// Expect: gave up at the first failure
// Expect: never shut down
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<?>>();
        for (Runnable task : tasks) futures.add(pool.submit(task));
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        out.println(finalLine);
    }
}
