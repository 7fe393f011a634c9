package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Reference solution for collect-every-outcome: one get() per future, one catch per task, the report at the end. */
public final class CollectEveryOutcome {

    private CollectEveryOutcome() {}

    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int succeeded = 0;
        int lines = 0;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Integer>>(tasks.size());
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    lines += futures.get(i).get();
                    succeeded++;
                } catch (ExecutionException e) {          // this task failed; the next one may not have
                    failures.add("task " + i + " failed: " + e.getCause().getMessage());
                }
            }
        }
        failures.forEach(out::println);                   // every get() has returned: every task has finished
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
