package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: a timed get() in a loop until the future answers.
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<String>>();
            for (var t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                while (true) {
                    try { results.add(f.get(1, TimeUnit.SECONDS)); break; } catch (TimeoutException notYet) { }
                }
            }
        }
        for (var r : results) out.println(r);
        out.println(finalLine);
        return results;
    }
}
