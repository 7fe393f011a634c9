package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: right order, but the pool is never shut down.
// Expect: never shut down
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(pool.submit(task));
        var results = new ArrayList<String>();
        for (var f : futures) results.add(f.get());
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
