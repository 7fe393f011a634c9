package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: invokeAll returns the futures in the order of the tasks, all of them done.
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var results = new ArrayList<String>();
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (var f : pool.invokeAll(tasks)) results.add(f.get());
        }
        results.forEach(out::println);
        out.println(finalLine);
        return results;
    }
}
