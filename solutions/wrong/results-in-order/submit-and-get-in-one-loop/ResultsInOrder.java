package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: submits a task and get()s it at once, so the next task is submitted only after this one finished:
// the tasks run one after another on the pool, in order but never at the same time.
// Expect: one after another
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var t : tasks) {
                String r = pool.submit(t).get();
                results.add(r);
                out.println(r);
            }
            out.println(finalLine);
        }
        return results;
    }
}
