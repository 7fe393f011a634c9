package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// Wrong on purpose: runAsync hands the tasks to the common ForkJoinPool, which shares a few threads between them,
// instead of starting a thread per task (it waits correctly, but the tasks do not run all at the same time).
// Expect: thread of its own
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        CompletableFuture.allOf(tasks.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)).join();
        out.println(finalLine);
    }
}
