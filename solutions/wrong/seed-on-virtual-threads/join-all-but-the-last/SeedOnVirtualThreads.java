package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: an off-by-one leaves the last virtual thread unjoined.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofVirtual().start(task));
        for (int i = 0; i < threads.size() - 1; i++) threads.get(i).join();
        out.println(finalLine);
    }
}
