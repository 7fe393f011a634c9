package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a completion service hands back each task as it completes, and each failure is printed
// at once, while other tasks still run (and out of task order).
// Expect: was printed while
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        int succeeded = 0, failed = 0, lines = 0;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var completions = new ExecutorCompletionService<Integer>(pool);
            var indexOf = new HashMap<Future<Integer>, Integer>();
            for (int i = 0; i < tasks.size(); i++) indexOf.put(completions.submit(tasks.get(i)), i);
            for (int n = 0; n < tasks.size(); n++) {
                var done = completions.take();
                try {
                    lines += done.get();
                    succeeded++;
                } catch (ExecutionException e) {
                    failed++;
                    out.println("task " + indexOf.get(done) + " failed: " + e.getCause().getMessage());
                }
            }
        }
        out.println(succeeded + " succeeded, " + failed + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
