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

// Wrong on purpose: gives the whole batch a deadline of one second of its own clock, waits for each future in slices
// of 100 ms until then, and puts "?" for a task not done by the deadline: the deadline says nothing about the work.
// Expect: threw TimeoutException
public final class ResultsInOrder {
    private ResultsInOrder() {}

    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>(tasks.size());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = new ArrayList<Future<String>>(tasks.size());
            for (var task : tasks) futures.add(pool.submit(task));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            for (var future : futures) {
                String result = "?";
                while (System.nanoTime() < deadline) {
                    try {
                        result = future.get(100, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException notYet) {
                        // look again, until the deadline
                    }
                }
                if (result.equals("?")) future.cancel(true);
                results.add(result);
            }
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
