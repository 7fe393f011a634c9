package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: ten tries of awaitTermination(300 ms), then it carries on.
// Expect: awaitTermination
public final class SeedOnVirtualThreads {

    private SeedOnVirtualThreads() {}

    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws Exception {
        ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor();
        for (Runnable task : tasks) ex.execute(task);
        ex.shutdown();
        for (int i = 0; i < 10; i++) if (ex.awaitTermination(300, TimeUnit.MILLISECONDS)) break;
        out.println(finalLine);
    }
}
