package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a completion service, but take() is called once too few (the loop starts at 1). The task that
// ends last is never taken, so its outcome is never read: when it fails, that failure is lost.
// Expect: Your ExecutorCompletionService hands back every task's Future through take()
// Expect: take() once per task submitted (not one less)
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new TreeMap<Integer, Throwable>();
        int succeeded = 0, lines = 0;
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var completions = new ExecutorCompletionService<Integer>(pool);
            var indexOf = new HashMap<Future<Integer>, Integer>();
            for (int i = 0; i < tasks.size(); i++) indexOf.put(completions.submit(tasks.get(i)), i);
            for (int n = 1; n < tasks.size(); n++) {
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
