package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: starts every thread and prints at once, without waiting for any of them.
// Expect: '123' was printed while
// Expect: join() on each of them
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        for (var task : tasks) {
            new Thread(task).start();
        }
        out.println(finalLine);
    }
}
