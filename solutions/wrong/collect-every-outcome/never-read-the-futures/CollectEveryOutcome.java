package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each task adds its count to a shared list; the futures are never read, so failures vanish.
// Expect: never read the futures
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var counts = new ConcurrentLinkedQueue<Integer>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var task : tasks) pool.submit(() -> counts.add(task.call()));
        }
        int lines = counts.stream().mapToInt(Integer::intValue).sum();
        out.println(counts.size() + " succeeded, 0 failed, " + lines + " lines");
        out.println(finalLine);
    }
}
