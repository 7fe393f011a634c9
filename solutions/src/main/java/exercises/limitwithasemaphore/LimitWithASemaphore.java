package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Reference solution: a virtual thread per task, each waiting for a permit before it runs its task and giving
 * the permit back in finally, so a task that throws does not lower the limit.
 */
public final class LimitWithASemaphore {

    private LimitWithASemaphore() {}

    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws InterruptedException {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>(tasks.size());
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return; // never got a permit: nothing to give back
                }
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
