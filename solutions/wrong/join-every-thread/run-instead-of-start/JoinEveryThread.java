package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: calls run() instead of start(), so every task runs on the caller's thread, one after another.
// Expect: distinct new threads ran them
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            var t = new Thread(task);
            t.run();
            threads.add(t);
        }
        for (var t : threads) {
            t.join();
        }
        out.println(finalLine);
    }
}
