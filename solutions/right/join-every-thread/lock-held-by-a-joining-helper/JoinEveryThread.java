package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

// Right: a helper takes a lock, joins every task's thread, and only then lets the lock go; the caller waits for the
// lock (lockInterruptibly: an interrupt stops it, and the method says so by throwing), so it gets it only after every
// join has returned. A roundabout way to wait, but a real one.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        var allJoined = new ReentrantLock();
        var lockTaken = new CountDownLatch(1);
        Thread helper = Thread.ofPlatform().name("joiner").start(() -> {
            allJoined.lock();
            lockTaken.countDown();
            try {
                for (var t : threads) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                allJoined.unlock();
            }
        });
        lockTaken.await();
        allJoined.lockInterruptibly(); // free only once the helper has joined every thread
        allJoined.unlock();
        helper.join();
        out.println(finalLine);
    }
}
