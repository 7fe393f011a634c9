package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Right, if roundabout: a timed join is fine when the code checks whether the thread has ended and joins again.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) {
            threads.add(Thread.ofPlatform().start(task));
        }
        for (var t : threads) {
            while (t.isAlive()) {
                t.join(50);
            }
        }
        out.println(finalLine);
    }
}
