package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

// Right: each thread counts down and unparks the caller; the caller parks in a loop until the count is zero,
// and on an interrupt keeps the flag and returns without printing.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        var left = new AtomicInteger(tasks.size());
        Thread caller = Thread.currentThread();
        for (Runnable task : tasks) {
            Thread.ofPlatform().start(() -> {
                try {
                    task.run();
                } finally {
                    left.decrementAndGet();
                    LockSupport.unpark(caller);
                }
            });
        }
        while (left.get() > 0) {
            LockSupport.park(left);
            if (Thread.currentThread().isInterrupted()) return;
        }
        out.println(finalLine);
    }
}
