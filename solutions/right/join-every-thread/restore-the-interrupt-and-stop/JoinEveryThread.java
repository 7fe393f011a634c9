package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Right: interrupted while joining, it stops waiting, keeps the interrupt for its caller and does not claim the work is done.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        try {
            for (var t : threads) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.println(finalLine);
    }
}
