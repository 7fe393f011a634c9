package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: the caller takes a permit before it starts each virtual thread, and the thread gives it back.
// Only 'limit' threads exist at any moment; the caller waits in acquire() for the next one.
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws InterruptedException {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            permits.acquire();
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (Thread t : threads) t.join();
    }
}
