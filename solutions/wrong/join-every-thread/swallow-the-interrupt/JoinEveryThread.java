package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: an interrupt ends a join() early, and this code carries on as if that thread had finished.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                // ignored: "it is probably done by now"
            }
        }
        out.println(finalLine);
    }
}
