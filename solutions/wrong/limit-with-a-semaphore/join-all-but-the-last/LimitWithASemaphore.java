package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: an off-by-one leaves the last thread unjoined.
// Expect: Your method returned while
// Expect: So you waited for some tasks, not all
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (int i = 0; i < threads.size() - 1; i++) threads.get(i).join();
    }
}
