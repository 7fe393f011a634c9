package exercises.limitwithasemaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// A correct idiom: acquireUninterruptibly() keeps waiting through an interrupt (and then runs the task with the
// thread's interrupt status set); start and join a virtual thread per task.
public final class LimitWithASemaphore {
    public static void runLimited(List<Runnable> tasks, int limit, IntFunction<Semaphore> newSemaphore) throws InterruptedException {
        Semaphore permits = newSemaphore.apply(limit);
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofVirtual().start(() -> {
                permits.acquireUninterruptibly();
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
