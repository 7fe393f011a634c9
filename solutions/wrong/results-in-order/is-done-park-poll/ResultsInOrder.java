package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: polls isDone() with parkNanos naps before each get().
// Expect: it is a poll, not a wait
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var fs = new ArrayList<Future<String>>();
            for (var t : tasks) fs.add(pool.submit(t));
            for (var f : fs) {
                while (!f.isDone()) {
                    LockSupport.parkNanos(1_000_000);
                    if (Thread.interrupted()) throw new InterruptedException();
                }
                results.add(f.get());
            }
        }
        for (var r : results) out.println(r);
        out.println(finalLine);
        return results;
    }
}
