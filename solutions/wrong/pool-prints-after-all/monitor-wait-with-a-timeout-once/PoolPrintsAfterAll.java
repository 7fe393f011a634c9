package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

// Wrong on purpose: a helper closes the pool and then notifies; the caller waits on the monitor once, with a timeout,
// and prints whether it was notified or its time ran out (Object.wait(millis) does not say which).
// Expect: Your wait(5000) on your Object returned
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (var task : tasks) pool.submit(task);
        Object done = new Object();
        synchronized (done) {
            Thread.ofPlatform().start(() -> {
                pool.close();
                synchronized (done) {
                    done.notifyAll();
                }
            });
            done.wait(5000); // "five seconds is plenty"
        }
        out.println(finalLine);
    }
}
