package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: creates every thread first, but starts and joins them in one loop: still one after another.
// Expect: Your tasks ran one after another
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            threads.add(new Thread(task));
        }
        for (var t : threads) {
            t.start();
            t.join();
        }
        out.println(finalLine);
    }
}
