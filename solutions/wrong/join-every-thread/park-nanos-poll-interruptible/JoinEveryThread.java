package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

// Wrong on purpose: polls isAlive() with parkNanos naps instead of blocking in join().
// Expect: a parkNanos of its own
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) {
            while (t.isAlive()) {
                LockSupport.parkNanos(1_000_000);
                if (Thread.interrupted()) throw new InterruptedException();
            }
        }
        out.println(finalLine);
    }
}
