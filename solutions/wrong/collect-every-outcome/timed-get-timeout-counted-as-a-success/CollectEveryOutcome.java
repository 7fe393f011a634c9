package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a get(30 s) that times out is counted as a success ("it must have worked, it was just slow").
// Expect: timed out (the test made it time out at once
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
                try {
                    total += futures.get(i).get(30, TimeUnit.SECONDS);
                    ok++;
                } catch (ExecutionException e) {
                    failures.add("task " + i + " failed: " + e.getCause().getMessage());
                } catch (TimeoutException e) {
                    ok++;
                }
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
