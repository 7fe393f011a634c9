package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;

/** Reference solution: one virtual thread per task; close() at the end of the block waits for them all. */
public final class SeedOnVirtualThreads {

    private SeedOnVirtualThreads() {}

    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            tasks.forEach(executor::submit);
        }
        out.println(finalLine);
    }
}
