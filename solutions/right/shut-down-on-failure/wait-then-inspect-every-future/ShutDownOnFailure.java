package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: wait for all first (shutdown + awaitTermination loop), then look at each future.
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<?>>();
        for (Runnable task : tasks) futures.add(pool.submit(task));
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // keep waiting
        }
        for (Future<?> f : futures) {
            if (f.state() == Future.State.FAILED) throw new ExecutionException(f.exceptionNow());
        }
        out.println(finalLine);
    }
}
