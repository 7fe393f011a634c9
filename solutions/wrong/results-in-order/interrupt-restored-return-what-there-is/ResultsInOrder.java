package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: interrupted while it collects, it keeps the interrupt, stops collecting, and prints and returns the
// results it has so far as if they were all of them.
// Expect: stopped collecting results but went on as if it had them all
public final class ResultsInOrder {
    private ResultsInOrder() {}
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) futures.add(pool.submit(task));
            try {
                for (var f : futures) results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
