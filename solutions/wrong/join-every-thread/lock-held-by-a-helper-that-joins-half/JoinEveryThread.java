package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

// Wrong on purpose: a helper holds a lock while it joins the task threads, and the caller waits for that lock, but
// the helper joins only the first half of them: the lock is free while the other half still run.
// Expect: tasks were still running (or waiting to run)
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
                for (var t : threads.subList(0, threads.size() / 2)) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                allJoined.unlock();
            }
        });
        lockTaken.await();
        allJoined.lockInterruptibly(); // free once the helper has joined half of them
        allJoined.unlock();
        helper.join();
        out.println(finalLine);
    }
}
