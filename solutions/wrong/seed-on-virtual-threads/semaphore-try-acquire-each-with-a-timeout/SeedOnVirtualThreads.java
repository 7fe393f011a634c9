package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: a semaphore released by every thread, tryAcquire(100 ms) once per thread, every answer ignored.
// Expect: '123' was printed while
public final class SeedOnVirtualThreads {

    private SeedOnVirtualThreads() {}

    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        Semaphore sem = new Semaphore(0);
        for (Runnable task : tasks) Thread.ofVirtual().start(() -> { try { task.run(); } finally { sem.release(); } });
        for (int i = 0; i < tasks.size(); i++) sem.tryAcquire(100, TimeUnit.MILLISECONDS);
        out.println(finalLine);
    }
}
