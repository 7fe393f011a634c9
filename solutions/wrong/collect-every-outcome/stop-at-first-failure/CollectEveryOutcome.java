package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: one try around the whole loop, so the first failed get() ends the collecting.
// Expect: stopped at the first failure
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        int succeeded = 0, lines = 0;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<Integer>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (var f : futures) {
                lines += f.get();
                succeeded++;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e);
        }
        out.println(succeeded + " succeeded, 0 failed, " + lines + " lines");
        out.println(finalLine);
    }
}
