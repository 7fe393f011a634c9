package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: tries each future's get(5 s) thirty times ("two and a half minutes is plenty"), then puts "?":
// more tries are still a limit the work may outlast.
// Expect: which no task returned
public final class ResultsInOrder {
    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>(tasks.size());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>(tasks.size());
            for (var task : tasks) futures.add(pool.submit(task));
            for (var future : futures) {
                String result = "?";
                for (int tries = 0; tries < 30; tries++) {
                    try {
                        result = future.get(5, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException notYet) {
                        // try again
                    }
                }
                results.add(result);
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
