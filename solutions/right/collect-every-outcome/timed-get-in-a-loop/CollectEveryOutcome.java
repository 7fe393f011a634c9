package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: a get with a timeout, asked again until the task is done (a timed-out get says nothing about the task).
public final class CollectEveryOutcome {
    private CollectEveryOutcome() {}
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int ok = 0;
        long total = 0;
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Integer>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (int i = 0; i < futures.size(); i++) {
                while (true) {
                    try {
                        total += futures.get(i).get(100, TimeUnit.MILLISECONDS);
                        ok++;
                        break;
                    } catch (ExecutionException e) {
                        failures.add("task " + i + " failed: " + e.getCause().getMessage());
                        break;
                    } catch (TimeoutException e) {
                        // not done yet: ask again
                    }
                }
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
