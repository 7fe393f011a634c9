package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: joins only the threads of the first half of the tasks; the others may still run.
// Expect: '123' was printed while
// Expect: did not wait for every thread it started
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var t : threads.subList(0, threads.size() / 2)) t.join();
        out.println(finalLine);
    }
}
