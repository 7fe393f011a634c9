package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: invokeAll with a timeout cancels what has not completed, and the cancelled tasks become failures.
// Expect: invokeAll(tasks, 5 seconds)
public final class CollectEveryOutcome {
    private CollectEveryOutcome() {}
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int ok = 0;
        long total = 0;
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = pool.invokeAll(tasks, 5, TimeUnit.SECONDS);
            for (int i = 0; i < futures.size(); i++) {
                var f = futures.get(i);
                switch (f.state()) {
                    case SUCCESS -> { ok++; total += f.resultNow(); }
                    case FAILED -> failures.add("task " + i + " failed: " + f.exceptionNow().getMessage());
                    default -> failures.add("task " + i + " failed: cancelled");
                }
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
