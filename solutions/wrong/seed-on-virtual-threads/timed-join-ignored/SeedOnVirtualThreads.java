package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

// Wrong on purpose: join(Duration) gives up when the time is up, and its answer (a boolean) is ignored.
// Expect: Your thread called join(millis) (or join(Duration)), a join with a timeout, on a thread that was still running
// Expect: join(Duration) tells you only through the boolean it returns
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofVirtual().start(task));
        for (var t : threads) t.join(Duration.ofMillis(200));
        out.println(finalLine);
    }
}
