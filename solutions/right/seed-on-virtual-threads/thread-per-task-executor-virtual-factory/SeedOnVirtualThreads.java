package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// Right: a thread-per-task executor with a virtual-thread factory; close() waits for every task.
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        try (var executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-", 0).factory())) {
            tasks.forEach(executor::execute);
        }
        out.println(finalLine);
    }
}
