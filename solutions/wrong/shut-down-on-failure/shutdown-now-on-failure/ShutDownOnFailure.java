package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: on the first failure, shutdownNow() interrupts and discards the other tasks.
// Expect: shutdownNow()
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<?>>();
        for (Runnable task : tasks) futures.add(pool.submit(task));
        try {
            for (Future<?> f : futures) f.get();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            throw e;
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        out.println(finalLine);
    }
}
