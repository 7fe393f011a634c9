package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt while waiting becomes a placeholder result, and the interrupt is lost.
// Expect: Your thread was interrupted while it waited for the tasks
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<String>>();
            for (var t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                try {
                    results.add(f.get());
                } catch (InterruptedException e) {
                    results.add("(interrupted)");
                }
            }
        }
        for (var r : results) out.println(r);
        out.println(finalLine);
        return results;
    }
}
