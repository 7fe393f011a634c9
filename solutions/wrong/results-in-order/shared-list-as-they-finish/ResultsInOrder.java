package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: each task appends its result to a shared list when it finishes: finishing order, not task order.
// Expect: in the order the tasks finished
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = Collections.synchronizedList(new ArrayList<String>());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var task : tasks) pool.submit(() -> results.add(task.call()));
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
