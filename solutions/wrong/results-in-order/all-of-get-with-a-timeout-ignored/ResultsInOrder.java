package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: one second at most for all of them (allOf(...).get(1 s)), its TimeoutException ignored; then it
// keeps the results of the tasks that are done and leaves the others out.
// Expect: was printed while
public final class ResultsInOrder {
    private ResultsInOrder() {}
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        var pool = newFixedThreadPool.apply(poolSize);
        try {
            var futures = new ArrayList<CompletableFuture<String>>();
            for (var task : tasks) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            try {
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(1, TimeUnit.SECONDS);
            } catch (TimeoutException slow) {
                // "the rest will not be long"
            }
            for (var f : futures) if (f.isDone()) results.add(f.join());
        } finally {
            pool.shutdown();
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
