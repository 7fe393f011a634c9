package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: takes futures as they complete and throws at the first failure, with only shutdown() on the way out.
// Expect: gave up at the first failure
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var done = new ExecutorCompletionService<Void>(pool);
        try {
            for (Runnable t : tasks) done.submit(t, null);
            for (int n = 0; n < tasks.size(); n++) done.take().get();
        } finally {
            pool.shutdown();
        }
        out.println(finalLine);
    }
}
