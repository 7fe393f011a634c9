package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: each task gets two seconds (orTimeout); a task still running then is reported as failed and the
// report is printed at once. The task was not failed, only slow, and it is still running when the report appears.
// Expect: A timer your code set (
public final class CollectEveryOutcome {
    private CollectEveryOutcome() {}

    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<CompletableFuture<Integer>>();
        for (var task : tasks) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, pool).orTimeout(2, TimeUnit.SECONDS));
        }
        var failures = new ArrayList<String>();
        int succeeded = 0;
        long lines = 0;
        for (int i = 0; i < futures.size(); i++) {
            try {
                lines += futures.get(i).join();
                succeeded++;
            } catch (CompletionException e) {
                failures.add("task " + i + " failed: " + e.getCause().getMessage());
            }
        }
        pool.shutdown();
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
