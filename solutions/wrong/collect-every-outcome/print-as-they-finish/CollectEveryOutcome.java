package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each failure is printed as soon as its get() returns, while later tasks still run.
// Expect: was printed while
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        int succeeded = 0, failed = 0, lines = 0;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Integer>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (int i = 0; i < futures.size(); i++) {
                try {
                    lines += futures.get(i).get();
                    succeeded++;
                } catch (ExecutionException e) {
                    failed++;
                    out.println("task " + i + " failed: " + e.getCause().getMessage());
                }
            }
        }
        out.println(succeeded + " succeeded, " + failed + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
