package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: one timed poll per task, and a poll that times out (returns null) is skipped as if that task had
// been read. The loop still runs once per task, so a slow task's outcome is never read and the report goes out while
// it runs. (A poll that finds a task already done costs the test none of its time-outs: only waits that wait count.)
// Expect: returned null while the work was unfinished
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var completions = new ExecutorCompletionService<Integer>(pool);
            var indexOf = new HashMap<Future<Integer>, Integer>();
            for (int i = 0; i < tasks.size(); i++) indexOf.put(completions.submit(tasks.get(i)), i);
            var failures = new TreeMap<Integer, Throwable>();
            int succeeded = 0, lines = 0;
            for (int n = 0; n < tasks.size(); n++) {
                var done = completions.poll(5, TimeUnit.SECONDS);
                if (done == null) continue; // "too slow, skip it"
                try {
                    lines += done.get();
                    succeeded++;
                } catch (ExecutionException e) {
                    failures.put(indexOf.get(done), e.getCause());
                }
            }
            failures.forEach((i, cause) -> out.println("task " + i + " failed: " + cause.getMessage()));
            out.println(succeeded + " succeeded, " + failures.size() + " failed, " + lines + " lines");
            out.println(finalLine);
        }
    }
}
