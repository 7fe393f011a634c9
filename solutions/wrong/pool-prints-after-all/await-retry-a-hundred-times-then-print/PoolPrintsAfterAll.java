package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a hundred tries of awaitTermination(1 ms), then the final line whatever the answer: it gives up
// after a tenth of a second of waiting, and a slow day is longer than that.
// Expect: returned false
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var pool = newFixedThreadPool.apply(poolSize);
        for (Runnable t : tasks) pool.submit(t);
        pool.shutdown();
        for (int attempt = 0; attempt < 100; attempt++) {
            if (pool.awaitTermination(1, TimeUnit.MILLISECONDS)) break;
        }
        out.println(finalLine);
    }
}
