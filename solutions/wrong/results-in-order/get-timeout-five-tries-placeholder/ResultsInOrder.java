package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: tries get(1 s) up to five times per future, then puts a placeholder instead of the result.
// Expect: threw TimeoutException
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var t : tasks) futures.add(pool.submit(t));
            for (var f : futures) {
                String r = "(no result)";
                for (int tries = 0; tries < 5; tries++) {
                    try {
                        r = f.get(1, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException e) {
                        // try again
                    }
                }
                results.add(r);
                out.println(r);
            }
            out.println(finalLine);
        }
        return results;
    }
}
