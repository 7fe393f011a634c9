package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: a platform thread per task (Thread.ofPlatform), waited for correctly, but not virtual threads.
// Expect: virtual
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) t.join();
        out.println(finalLine);
    }
}
