package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Reference solution for join-every-thread. */
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>(tasks.size());
        for (var task : tasks) {
            threads.add(Thread.ofPlatform().start(task)); // start them all first, so they run side by side
        }
        for (var thread : threads) {
            thread.join(); // then wait for each one; order does not matter, all must be waited for
        }
        out.println(finalLine);
    }
}
