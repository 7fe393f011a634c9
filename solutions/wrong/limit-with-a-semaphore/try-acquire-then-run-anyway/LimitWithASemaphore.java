package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: a timed tryAcquire whose "false" is ignored; after the timeout the task runs without a permit.
// Expect: tasks were running at once; the limit is 3
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                boolean got = false;
                try {
                    got = permits.tryAcquire(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    task.run();
                } finally {
                    if (got) permits.release();
                }
            }));
        }
        for (var t : threads) t.join();
    }
}
