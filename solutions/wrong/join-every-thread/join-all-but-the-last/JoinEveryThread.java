package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: an off-by-one leaves the last thread unjoined.
// Expect: '123' was printed while
// Expect: did not wait for every thread it started
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (int i = 0; i < threads.size() - 1; i++) threads.get(i).join();
        out.println(finalLine);
    }
}
