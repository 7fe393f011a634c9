package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a CompletionService hands the futures back as they end, and the failures are listed in that order,
// not in task order.
// Expect: failures in task order
public final class CollectEveryOutcome {
    private CollectEveryOutcome() {}
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var failures = new ArrayList<String>();
        int ok = 0;
        long total = 0;
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var done = new ExecutorCompletionService<Integer>(pool);
            var index = new java.util.HashMap<Future<Integer>, Integer>();
            for (int i = 0; i < tasks.size(); i++) index.put(done.submit(tasks.get(i)), i);
            for (int n = 0; n < tasks.size(); n++) {
                var f = done.take();
                try {
                    total += f.get();
                    ok++;
                } catch (ExecutionException e) {
                    failures.add("task " + index.get(f) + " failed: " + e.getCause().getMessage());
                }
            }
        }
        failures.forEach(out::println);
        out.println(ok + " succeeded, " + failures.size() + " failed, " + total + " lines");
        out.println(finalLine);
    }
}
