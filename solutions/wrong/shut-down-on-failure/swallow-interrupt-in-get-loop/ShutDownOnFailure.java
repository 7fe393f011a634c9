package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt ends a get() early, and this code goes on as if that task had finished.
// Expect: Your thread was interrupted while it waited for them
public final class ShutDownOnFailure {
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<?>>();
            for (Runnable t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                try { f.get(); } catch (InterruptedException e) { /* go on */ }
            }
            out.println(finalLine);
        }
    }
}
