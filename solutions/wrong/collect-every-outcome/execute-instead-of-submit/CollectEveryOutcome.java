package exercises.collecteveryoutcome;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: execute() gives a task's exception to the worker thread, which prints it and dies.
// Expect: execute()
public final class CollectEveryOutcome {
    public static void runAndReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                    List<Callable<Integer>> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var counts = new ConcurrentLinkedQueue<Integer>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var task : tasks) {
                pool.execute(() -> {
                    try {
                        counts.add(task.call());
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
            }
        }
        int lines = counts.stream().mapToInt(Integer::intValue).sum();
        out.println(counts.size() + " succeeded, " + (tasks.size() - counts.size()) + " failed, " + lines + " lines");
        out.println(finalLine);
    }
}
