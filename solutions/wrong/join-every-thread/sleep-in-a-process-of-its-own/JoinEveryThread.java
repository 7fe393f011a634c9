package exercises.joineverythread;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

// Wrong on purpose: a nap in disguise. It starts every thread, then waits for a process of its own ("sleep 1") to end,
// "long enough" for the threads, and prints without joining any of them.
// Expect: You started a process of yours (sleep 1)
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        for (Runnable task : tasks) Thread.ofPlatform().start(task);
        try {
            new ProcessBuilder("sleep", "1").start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.println(finalLine);
    }
}
