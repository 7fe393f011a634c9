package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: CompletableFuture.supplyAsync on the pool, joined in task order.
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
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
            var results = futures.stream().map(CompletableFuture::join).toList();
            results.forEach(out::println);
            out.println(finalLine);
            return results;
        }
    }
}
