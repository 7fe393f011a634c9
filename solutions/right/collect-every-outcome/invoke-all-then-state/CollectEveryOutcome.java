package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: invokeAll waits for every task; then each future's state() says how it ended, without waiting or throwing.
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        List<Future<Integer>> futures;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            futures = pool.invokeAll(tasks);
        }
        var failures = new ArrayList<String>();
        int succeeded = 0, lines = 0;
        for (int i = 0; i < futures.size(); i++) {
            var f = futures.get(i);
            switch (f.state()) {
                case SUCCESS -> { succeeded++; lines += f.resultNow(); }
                case FAILED -> failures.add("task " + i + " failed: " + f.exceptionNow().getMessage());
                default -> throw new IllegalStateException("task " + i + " ended as " + f.state());
            }
        }
        failures.forEach(out::println);
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
