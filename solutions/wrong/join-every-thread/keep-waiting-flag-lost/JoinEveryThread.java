package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;

// ARGUABLY WRONG: joins again after an interrupt (keeps waiting) but never restores the interrupt status.
// Wrong on purpose: joins again after an interrupt, but drops it, so the caller never learns of it.
// Expect: returned with the interrupt dropped
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) {
            while (true) {
                try { t.join(); break; } catch (InterruptedException ignored) { }
            }
        }
        out.println(finalLine);
    }
}
