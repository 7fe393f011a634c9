package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: spins on isAlive() instead of blocking in join(), burning a core while it waits.
// Expect: busy-waiting
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            threads.add(Thread.ofPlatform().start(task));
        }
        for (var t : threads) {
            while (t.isAlive()) {
                Thread.onSpinWait();
            }
        }
        out.println(finalLine);
    }
}
