package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

// Wrong on purpose: the slots are made up front, and an off-by-one leaves the last one empty.
// Expect: is empty (null)
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>(Collections.nCopies(tasks.size(), (String) null));
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (int i = 0; i < futures.size() - 1; i++) results.set(i, futures.get(i).get());
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
