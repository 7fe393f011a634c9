package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: a completion service hands back each task as it completes; the outcomes are kept by task index
// and the report is printed only once all of them are in.
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new TreeMap<Integer, Throwable>();
        int succeeded = 0, lines = 0;
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
                    failures.put(indexOf.get(done), e.getCause());
                }
            }
        }
        failures.forEach((i, cause) -> out.println("task " + i + " failed: " + cause.getMessage()));
        out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
