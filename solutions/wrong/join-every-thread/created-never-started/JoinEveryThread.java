package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: every thread is made and joined, but none is ever started, so no task runs.
// Expect: No task had even started
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) threads.add(new Thread(task));
        for (Thread t : threads) t.join();
        out.println(finalLine);
    }
}
