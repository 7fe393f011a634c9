package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: hands the final line to a callback (thenRun) that runs on whichever thread completes the last task.
// Expect: not by the thread that called your method
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            CompletableFuture.allOf(tasks.stream().map(t -> CompletableFuture.runAsync(t, pool)).toArray(CompletableFuture[]::new))
                    .thenRun(() -> out.println(finalLine));
        }
    }
}
