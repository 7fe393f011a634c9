package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: the report is right, but the pool is never shut down.
// Expect: never shut down
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int succeeded = 0, lines = 0;
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<Integer>>();
        for (var task : tasks) futures.add(pool.submit(task));
        for (int i = 0; i < futures.size(); i++) {
            try {
                lines += futures.get(i).get();
                succeeded++;
            } catch (ExecutionException e) {
                failures.add("task " + i + " failed: " + e.getCause().getMessage());
            }
        }
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
