package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: "saves a thread" by running the last task on the caller's thread instead of a thread of its own.
// Expect: thread of its own
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks.subList(0, tasks.size() - 1)) threads.add(Thread.ofPlatform().start(task));
        tasks.get(tasks.size() - 1).run();
        for (Thread t : threads) t.join();
        out.println(finalLine);
    }
}
