package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

// Right: the caller takes each task's permit before starting its thread; interrupted while it waits for one, it notes
// the interrupt and keeps waiting for the same permit, so every task runs; it sets the flag again once all have ended.
public final class LimitWithASemaphore {
    private LimitWithASemaphore() {}

    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws Exception {
        var permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        boolean interrupted = false;
        for (var task : tasks) {
            while (true) {
                try {
                    permits.acquire();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting for this task's permit
                }
            }
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    permits.release();
                }
            }));
        }
        for (var t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
