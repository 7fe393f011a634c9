package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: awaitTermination(2 s) and its false ignored; then each future's state() is read as if all had ended.
// Expect: awaitTermination(2 seconds)
public final class CollectEveryOutcome {
    private CollectEveryOutcome() {}
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int ok = 0;
        long total = 0;
        var pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<Integer>>();
        for (var task : tasks) futures.add(pool.submit(task));
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.SECONDS);
        for (int i = 0; i < futures.size(); i++) {
            var f = futures.get(i);
            switch (f.state()) {
                case SUCCESS -> { ok++; total += f.resultNow(); }
                case FAILED -> failures.add("task " + i + " failed: " + f.exceptionNow().getMessage());
                default -> failures.add("task " + i + " failed: did not finish");
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
