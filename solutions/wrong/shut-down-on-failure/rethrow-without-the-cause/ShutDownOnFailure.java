package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: turns the ExecutionException into a new exception with only a message, dropping the task's exception.
// Expect: which does not carry it
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable t : tasks) futures.add(pool.submit(t));
            for (var f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a task failed: " + e.getCause().getMessage());
                }
            }
        }
        out.println(finalLine);
    }
}
