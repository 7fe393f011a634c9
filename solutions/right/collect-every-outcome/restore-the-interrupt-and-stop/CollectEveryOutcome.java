package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

// Right: interrupted while waiting, it stops the tasks, keeps the interrupt for its caller and prints no report:
// a report without every outcome would be a lie.
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) {
        var failures = new ArrayList<String>();
        int succeeded = 0;
        int lines = 0;
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        try {
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
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            return;
        }
        pool.shutdown();
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
