package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;

// Wrong on purpose: the counter is right, but wait() sits under `if`, not `while`: the first notifyAll (one task
// done) ends the wait, and nothing checks the count again.
// Expect: Your thread waited in Object.wait(), and that wait ended when only
// Expect: while (done < tasks.size()) lock.wait();
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var lock = new Object();
        int[] done = {0};
        for (Runnable task : tasks) {
            Thread.ofPlatform().start(() -> {
                try {
                    task.run();
                } finally {
                    synchronized (lock) {
                        done[0]++;
                        lock.notifyAll();
                    }
                }
            });
        }
        synchronized (lock) {
            if (done[0] < tasks.size()) lock.wait();
        }
        out.println(finalLine);
    }
}
