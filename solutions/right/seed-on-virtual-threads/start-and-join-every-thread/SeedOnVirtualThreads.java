package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// A correct idiom: start a virtual thread per task, keep them, then join() every one.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofVirtual().start(task));
        for (Thread t : threads) t.join();
        out.println(finalLine);
    }
}
