package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: up to four timed joins per thread, then it carries on whether the thread has ended or not.
// More tries only make the wrong answer rarer; "still running" must lead to waiting again until the thread ends.
// Expect: join(millis) returns when the time is up
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) {
            for (int tries = 0; tries < 4 && t.isAlive(); tries++) t.join(200);
        }
        out.println(finalLine);
    }
}
