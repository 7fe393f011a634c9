package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: a result that takes longer than 200 ms is computed again on this thread ("it must be stuck").
// The first run is not stopped by the timeout, so that task's work is done twice.
// Expect: ran twice
public final class ResultsInOrder {
    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
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
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).copy().orTimeout(200, TimeUnit.MILLISECONDS).join());
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof TimeoutException)) throw e;
                    results.add(tasks.get(i).call());
                }
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
