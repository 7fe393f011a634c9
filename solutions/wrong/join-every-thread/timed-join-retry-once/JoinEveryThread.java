package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;

// Wrong on purpose: a second timed join after the first ran out, and then it carries on anyway.
// Expect: join(millis) returns when the time is up
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) {
            t.join(500);
            if (t.isAlive()) t.join(500);
        }
        out.println(finalLine);
    }
}
