package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: "a minute is surely enough", so join(60_000) is called and whatever happened is taken as the end.
// Expect: '123' was printed while
// Expect: returned while that thread was still running
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var t : threads) t.join(60_000);
        out.println(finalLine);
    }
}
