package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: to keep the order, calls every task itself, one after another; the pool is made and closed, unused.
// Expect: your own thread
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var t : tasks) {
                String r = t.call();
                results.add(r);
                out.println(r);
            }
            out.println(finalLine);
        }
        return results;
    }
}
