package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

// Right: a timed join whose answer is read; false means "still running", so join again.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofVirtual().start(task));
        for (var t : threads) {
            while (!t.join(Duration.ofMillis(100))) {
                // still running: wait again
            }
        }
        out.println(finalLine);
    }
}
