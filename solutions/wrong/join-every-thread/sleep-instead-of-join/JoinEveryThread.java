package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: sleeps "long enough" instead of waiting for the threads.
// Expect: Sleeping "long enough" is a guess
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        for (var task : tasks) {
            Thread.ofPlatform().start(task);
        }
        Thread.sleep(2_000);
        out.println(finalLine);
    }
}
