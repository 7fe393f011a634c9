package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Wrong on purpose: every task runs as a CompletableFuture on the pool, but only the last one is joined,
// as if tasks finished in the order they were submitted.
// Expect: You ran the tasks as CompletableFutures on the pool
// Expect: join() (or get()) of one CompletableFuture waits for that one task only
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            CompletableFuture<Void> last = null;
            for (Runnable task : tasks) last = CompletableFuture.runAsync(task, pool);
            last.join();
            out.println(finalLine);
        }
    }
}
