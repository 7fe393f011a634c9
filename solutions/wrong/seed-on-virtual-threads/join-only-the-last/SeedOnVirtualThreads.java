package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: joins only the last virtual thread, as if threads ended in the order they started.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        Thread last = null;
        for (Runnable task : tasks) last = Thread.ofVirtual().start(task);
        last.join();
        out.println(finalLine);
    }
}
