package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: invokeAll waits for every task; get() then rethrows the first failure.
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = pool.invokeAll(tasks.stream().map(Executors::callable).toList());
            for (var f : futures) f.get();
        }
        out.println(finalLine);
    }
}
