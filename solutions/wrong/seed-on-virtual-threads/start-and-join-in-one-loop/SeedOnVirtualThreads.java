package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;

// Wrong on purpose: each virtual thread is joined as soon as it is started, so the next one starts only when the
// previous task has ended: the tasks run one after another, however cheap virtual threads are.
// Expect: Your tasks ran one after another: while your thread was in join() of a task's thread, 99 other tasks had no thread started
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        for (Runnable task : tasks) {
            Thread.ofVirtual().start(task).join();
        }
        out.println(finalLine);
    }
}
