package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: every thread puts a token in a queue; poll(200 ms) per thread, and a null (the time ran out) is ignored.
// Expect: '123' was printed while
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        BlockingQueue<Object> q = new LinkedBlockingQueue<>();
        for (Runnable task : tasks) Thread.ofPlatform().start(() -> { try { task.run(); } finally { q.add(Boolean.TRUE); } });
        for (int i = 0; i < tasks.size(); i++) q.poll(200, TimeUnit.MILLISECONDS);
        out.println(finalLine);
    }
}
