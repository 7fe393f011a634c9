package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: a second timed get() after the first ran out, then a placeholder.
// Expect: threw TimeoutException
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<String>>();
            for (var t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                String r;
                try {
                    r = f.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    try { r = f.get(1, TimeUnit.SECONDS); } catch (TimeoutException e2) { r = "(timed out)"; }
                }
                results.add(r);
                out.println(r);
            }
            out.println(finalLine);
        }
        return results;
    }
}
