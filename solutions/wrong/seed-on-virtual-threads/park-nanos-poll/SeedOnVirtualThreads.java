package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;

// Wrong on purpose: polls isTerminated() with parkNanos naps instead of blocking in close().
// Expect: a parkNanos of its own
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable t : tasks) ex.submit(t);
        ex.shutdown();
        while (!ex.isTerminated()) {
            LockSupport.parkNanos(2_000_000);
            if (Thread.interrupted()) throw new InterruptedException();
        }
        out.println(finalLine);
    }
}
