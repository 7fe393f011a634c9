package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Wrong on purpose: starts a virtual thread per task and prints at once. The JVM would not wait for them either.
// Expect: '123' was printed while
// Expect: daemon threads
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        for (Runnable task : tasks) Thread.ofVirtual().start(task);
        out.println(finalLine);
    }
}
