package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Right: interrupted while joining, it stops waiting, keeps the interrupt for its caller and prints nothing.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofVirtual().start(task));
        try {
            for (var t : threads) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.println(finalLine);
    }
}
