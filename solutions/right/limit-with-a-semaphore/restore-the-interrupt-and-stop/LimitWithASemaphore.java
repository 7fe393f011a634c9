package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Right: interrupted while waiting, it asks every task's thread to stop, keeps the interrupt for its caller and returns.
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
    }
}
