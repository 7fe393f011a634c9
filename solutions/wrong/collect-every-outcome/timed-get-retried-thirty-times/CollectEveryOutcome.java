package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each future gets 30 tries of get(1 s), then it is reported as failed: on a slow day a task that
// would have finished is reported as a failure.
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
                boolean done = false;
                for (int attempt = 0; attempt < 30 && !done; attempt++) {
                    try {
                        total += futures.get(i).get(1, TimeUnit.SECONDS);
                        ok++;
                        done = true;
                    } catch (ExecutionException e) {
                        failures.add("task " + i + " failed: " + e.getCause().getMessage());
                        done = true;
                    } catch (TimeoutException e) {
                        // try again
                    }
                }
                if (!done) failures.add("task " + i + " failed: gave up waiting");
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
