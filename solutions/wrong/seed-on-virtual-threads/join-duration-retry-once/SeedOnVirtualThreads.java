package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;

// Wrong on purpose: a second timed join after the first ran out, and then it carries on anyway.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var threads = new ArrayList<Thread>();
        for (Runnable t : tasks) threads.add(Thread.ofVirtual().start(t));
        for (Thread t : threads) {
            if (!t.join(Duration.ofMillis(300))) t.join(Duration.ofMillis(300));
        }
        out.println(finalLine);
    }
}
