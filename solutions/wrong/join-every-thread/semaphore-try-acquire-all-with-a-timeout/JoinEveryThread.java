package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: a semaphore released by every thread, and one tryAcquire(n, 2 s) whose answer is ignored.
// Expect: '123' was printed while
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        Semaphore sem = new Semaphore(0);
        for (Runnable task : tasks) Thread.ofPlatform().start(() -> { try { task.run(); } finally { sem.release(); } });
        sem.tryAcquire(tasks.size(), 2, TimeUnit.SECONDS);
        out.println(finalLine);
    }
}
