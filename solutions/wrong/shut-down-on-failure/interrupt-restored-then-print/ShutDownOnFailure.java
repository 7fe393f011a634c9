package exercises.shutdownonfailure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: interrupted while it collects the futures, it keeps the interrupt but stops collecting and prints the final line: a later failure is lost.
// Expect: stopped collecting the futures but printed
public final class ShutDownOnFailure {
    private ShutDownOnFailure() {}
    public static void runAllOrFail(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                    String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<?>>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            try {
                for (var f : futures) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.println(finalLine);
    }
}
