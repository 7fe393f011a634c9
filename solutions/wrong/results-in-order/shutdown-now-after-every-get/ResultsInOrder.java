package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: every result is in, so shutdownNow() stops nothing here, but it is the call for abandoning work;
// when the work is done, shutdown() or close() says so plainly.
// Expect: You called shutdownNow() after every task had ended
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(pool.submit(task));
        var results = new ArrayList<String>();
        for (var f : futures) results.add(f.get());
        pool.shutdownNow();
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
