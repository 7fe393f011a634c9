package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each task prints its own result, so lines come in finishing order, before '123' is even certain.
// Expect: in the order the tasks finished
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) futures.add(pool.submit(() -> { String s = task.call(); out.println(s); return s; }));
            for (var f : futures) results.add(f.get());
        }
        out.println(finalLine);
        return results;
    }
}
