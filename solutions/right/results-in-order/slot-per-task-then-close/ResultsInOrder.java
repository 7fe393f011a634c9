package exercises.resultsinorder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: each task writes its result into its own slot of an array; close() waits for all, then print in order.
// (A failing task leaves its slot empty; these tasks do not fail.)
public final class ResultsInOrder {
    public static List<String> collectInOrder(IntFunction<ExecutorService> newFixedThreadPool, int poolSize,
                                              List<Callable<String>> tasks, String finalLine, PrintStream out) throws Exception {
        var slots = new String[tasks.size()];
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (int i = 0; i < tasks.size(); i++) {
                int slot = i;
                var task = tasks.get(i);
                pool.submit(() -> {
                    slots[slot] = task.call();
                    return null;
                });
            }
        }
        var results = Arrays.asList(slots);
        for (var r : results) out.println(r);
        out.println(finalLine);
        return results;
    }
}
