package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: a helper thread joins the others and prints, but the method returns at once, before the tasks end.
// Expect: returned
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        Thread.ofPlatform().start(() -> {
            try {
                for (Thread t : threads) t.join();
                out.println(finalLine);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
