package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: on every path the finally block shuts the pool down and waits a minute, "more than enough", but
// ignores what awaitTermination answers. When a task fails early and another is slower than the minute, the failure
// is thrown while that task still runs.
// Expect: timed out (the test made it time out at once while a task still ran
// Expect: On the failure path too, wait until the pool has terminated
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
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
