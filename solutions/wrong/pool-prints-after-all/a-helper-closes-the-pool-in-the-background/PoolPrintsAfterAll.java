package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Wrong on purpose: a helper thread closes the pool "in the background" and prints the final line when close()
// returns, while the method returns at once. The line does come after every task, but the method returned with the
// work unfinished and the pool still running: its caller cannot tell when (or whether) the work ended.
// Expect: Your method returned
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (var task : tasks) pool.submit(task);
        Thread.ofPlatform().name("closer").start(() -> {
            pool.close();
            out.println(finalLine);
        });
    }
}
