package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: waits for every task and remembers the failure, but prints the final line before throwing it.
// Expect: was printed although
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        ExecutionException failure = null;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable t : tasks) futures.add(pool.submit(t));
            for (var f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) failure = e;
                }
            }
        }
        out.println(finalLine);
        if (failure != null) throw failure;
    }
}
