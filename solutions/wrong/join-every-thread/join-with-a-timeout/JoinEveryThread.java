package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: join(5) gives up after 5 ms whether or not the thread has ended, and the code goes on.
// Expect: '123' was printed while
// Expect: join(millis) returns when the time is up even if the thread still runs
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            threads.add(Thread.ofPlatform().start(task));
        }
        for (var t : threads) {
            t.join(5);
        }
        out.println(finalLine);
    }
}
