package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: a hand-made deadline. An alarm thread sleeps two seconds and then interrupts the caller, which
// waits for the pool in a loop but takes that interrupt as "time is up" and prints anyway. When the tasks are slower
// than the alarm, the final line comes while they still run.
// Expect: A thread of yours slept (sleep(2000 milliseconds))
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (var task : tasks) pool.submit(task);
        pool.shutdown();
        Thread caller = Thread.currentThread();
        Thread alarm = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(2000);
                caller.interrupt();
            } catch (InterruptedException cancelled) {
                // the pool finished first
            }
        });
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet
            }
        } catch (InterruptedException timeIsUp) {
            // the alarm went off: print what we have
        } finally {
            alarm.interrupt();
        }
        out.println(finalLine);
    }
}
