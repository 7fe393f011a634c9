package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

// Wrong on purpose: waits for every result, but leaves closing the pool to a thread of its own, "in the background", and
// returns; whether the pool is shut down before the caller goes on is left to chance.
// Expect: Your method returned but the pool was
// (Whether the helper has closed it when the test looks is left to chance: "never shut down", or "shut down only by
// another thread of yours"; both begin alike.)
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<String>>();
        for (var task : tasks) futures.add(pool.submit(task));
        var results = new ArrayList<String>();
        try {
            for (var future : futures) results.add(future.get());
        } catch (InterruptedException e) {
            pool.shutdownNow(); // the interrupted path shuts it down here: only the normal path is wrong
            throw e;
        }
        results.forEach(out::println);
        out.println(finalLine);
        Thread.ofPlatform().start(pool::close);
        return results;
    }
}
