package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: three timed joins per thread at most; after the third "false" it carries on anyway.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var threads = new ArrayList<Thread>();
        for (Runnable t : tasks) threads.add(Thread.ofVirtual().start(t));
        for (Thread t : threads) {
            for (int tries = 0; tries < 3; tries++) {
                if (t.join(Duration.ofMillis(250))) break;
            }
        }
        out.println(finalLine);
    }
}
