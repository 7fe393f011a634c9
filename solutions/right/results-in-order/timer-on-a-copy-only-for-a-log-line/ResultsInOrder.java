package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.logging.Logger;

// Right: a timer (a delayedExecutor task) only notes a slow task in a log; the result comes from the future itself,
// waited for without a time limit.
public final class ResultsInOrder {
    private static final Logger LOG = Logger.getLogger(ResultsInOrder.class.getName());

    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>();
            for (var task : tasks) futures.add(pool.submit(task));
            for (int i = 0; i < futures.size(); i++) {
                int index = i;
                var future = futures.get(i);
                var slow = CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
                slow.thenRun(() -> { if (!future.isDone()) LOG.fine("task " + index + " is slow"); });
                results.add(future.get());
                slow.cancel(false);
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
