package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: an ExecutorCompletionService hands results back in the order tasks finish.
// Expect: in the order the tasks finished
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var done = new ExecutorCompletionService<String>(pool);
            for (var task : tasks) done.submit(task);
            for (int i = 0; i < tasks.size(); i++) results.add(done.take().get());
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
