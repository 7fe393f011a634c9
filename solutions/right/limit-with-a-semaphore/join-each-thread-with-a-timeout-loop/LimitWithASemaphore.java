package exercises.limitwithasemaphore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Right: a virtual thread per task, each holding a permit while its task runs; every thread is joined with a
// timeout, again and again until it has ended (join(Duration) returns false while it still runs).
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws InterruptedException {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    return; // never got a permit: do not give one back
                }
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (var t : threads) {
            while (!t.join(Duration.ofSeconds(30))) {
                // still running: wait again
            }
        }
    }
}
