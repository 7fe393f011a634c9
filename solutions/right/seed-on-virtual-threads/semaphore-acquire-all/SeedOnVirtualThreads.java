package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Right: each virtual thread releases one permit when its task ends; acquire(n) waits for all n permits.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        var finished = new Semaphore(0);
        for (Runnable task : tasks) {
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    finished.release();
                }
            });
        }
        finished.acquire(tasks.size());
        out.println(finalLine);
    }
}
