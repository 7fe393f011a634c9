package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;

// Right: an executor that starts a new platform thread for every task; close() waits for all of them.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) {
        try (var threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            tasks.forEach(threads::execute);
        }
        out.println(finalLine);
    }
}
