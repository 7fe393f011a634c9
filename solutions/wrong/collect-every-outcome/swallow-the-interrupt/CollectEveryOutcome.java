package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt ends a get() early, and this code goes on to the next future and prints the report
// as if that task had finished.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) {
        var failures = new ArrayList<String>();
        int succeeded = 0;
        int lines = 0;
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<Integer>>();
        for (var task : tasks) futures.add(pool.submit(task));
        for (int i = 0; i < futures.size(); i++) {
            try {
                lines += futures.get(i).get();
                succeeded++;
            } catch (ExecutionException e) {
                failures.add("task " + i + " failed: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                // ignored: "it will be done by the time the report is printed"
            }
        }
        pool.shutdown();
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
