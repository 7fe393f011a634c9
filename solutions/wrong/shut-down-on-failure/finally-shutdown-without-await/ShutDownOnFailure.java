package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: shutdown() in finally starts an orderly shutdown but does not wait, so the failure is thrown
// while other tasks still run.
// Expect: gave up at the first failure
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        try {
            var futures = new ArrayList<Future<?>>();
            for (Runnable t : tasks) futures.add(pool.submit(t));
            for (var f : futures) f.get();
            out.println(finalLine);
        } finally {
            pool.shutdown();
        }
    }
}
