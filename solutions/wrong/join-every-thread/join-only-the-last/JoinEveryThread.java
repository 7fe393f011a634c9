package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: joins only the last thread, as if threads finished in the order they started.
// Expect: '123' was printed while
// Expect: joining only some is not enough
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            threads.add(Thread.ofPlatform().start(task));
        }
        threads.getLast().join();
        out.println(finalLine);
    }
}
