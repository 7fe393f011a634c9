package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: every future carries a timer (completeOnTimeout) that puts "(no answer)" in place of a result that
// is late. A slow task is not a finished one: the list then holds a placeholder where that task's result belongs.
// Expect: completeOnTimeout(500 milliseconds)
// Expect: A timer your code set (
public final class ResultsInOrder {
    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<CompletableFuture<String>>();
            for (var task : tasks) {
                var future = CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, pool);
                futures.add(future.completeOnTimeout("(no answer)", 500, TimeUnit.MILLISECONDS));
            }
            for (var future : futures) results.add(future.join());
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
