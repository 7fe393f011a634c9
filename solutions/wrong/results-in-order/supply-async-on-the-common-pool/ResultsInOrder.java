package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: supplyAsync without an executor runs the tasks on the common ForkJoinPool, not on the given pool.
// Expect: do not belong to the pool
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<CompletableFuture<String>>();
            for (var t : tasks) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return t.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }));
            }
            for (var f : futures) {
                String r = f.join();
                results.add(r);
                out.println(r);
            }
            out.println(finalLine);
        }
        return results;
    }
}
