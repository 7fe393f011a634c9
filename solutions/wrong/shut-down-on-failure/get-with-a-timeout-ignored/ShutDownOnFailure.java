package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a get(10 ms) that times out is ignored, so a failure of a slow task is lost.
// Expect: timed out (the test made it time out
public final class ShutDownOnFailure {
    private ShutDownOnFailure() {}
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (var f : futures) {
                try {
                    f.get(10, TimeUnit.MILLISECONDS);
                } catch (TimeoutException slow) {
                    // "it will be fine"
                }
            }
        }
        out.println(finalLine);
    }
}
