package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: the finally block shuts the pool down and waits in a loop until awaitTermination says it has terminated,
// on the failure path as on the other one; the failure then leaves the method with every task ended.
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
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: wait again
            }
        }
    }
}
