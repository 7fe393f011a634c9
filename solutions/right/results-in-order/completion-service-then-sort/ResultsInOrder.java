package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: take() the futures as they complete from an ExecutorCompletionService, remember each one's index, and
// print only once all are in, by index.
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var byFuture = new HashMap<Future<String>, Integer>();
        var slots = new String[tasks.size()];
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var done = new ExecutorCompletionService<String>(pool);
            for (int i = 0; i < tasks.size(); i++) byFuture.put(done.submit(tasks.get(i)), i);
            for (int n = 0; n < tasks.size(); n++) {
                var f = done.take();
                slots[byFuture.get(f)] = f.get();
            }
        }
        var results = Arrays.asList(slots);
        for (var r : results) out.println(r);
        out.println(finalLine);
        return results;
    }
}
