package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: the futures are kept in order, but a task not done within five seconds gets a placeholder.
// Expect: threw TimeoutException
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) futures.add(pool.submit(task));
            var results = new ArrayList<String>();
            for (var f : futures) {
                try {
                    results.add(f.get(5, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    results.add("(timed out)");
                }
            }
            results.forEach(out::println);
            out.println(finalLine);
            return results;
        }
    }
}
