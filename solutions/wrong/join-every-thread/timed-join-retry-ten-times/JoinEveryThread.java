package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: ten tries of join(300 ms) per thread, then it carries on: more tries only make the mistake rarer.
// Expect: '123' was printed while
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) {
            for (int i = 0; i < 10; i++) if (t.join(Duration.ofMillis(300))) break;
        }
        out.println(finalLine);
    }
}
