package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Reference solution for results-in-order: the list of futures keeps the order of submission. */
public final class ResultsInOrder {

    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>(tasks.size());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>(tasks.size());
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            for (var future : futures) {
                results.add(future.get()); // blocks until that task is done; later ones may finish first, that is fine
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
