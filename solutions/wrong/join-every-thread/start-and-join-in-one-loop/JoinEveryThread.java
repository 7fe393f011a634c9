package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;

// Wrong on purpose: starts and joins in the same loop, so each task ends before the next one starts.
// '123' does come last, but nothing ran at the same time.
// Expect: Your tasks ran one after another
// Expect: Start all the threads first
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        for (var task : tasks) {
            var t = Thread.ofPlatform().start(task);
            t.join();
        }
        out.println(finalLine);
    }
}
