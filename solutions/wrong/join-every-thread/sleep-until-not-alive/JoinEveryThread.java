package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Wrong on purpose: waits, but by polling: sleeps and asks isAlive() again, instead of blocking in join().
// Expect: a loop that sleeps until isAlive() turns false is a poll
// Expect: join() waits for a thread
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var t : threads) {
            while (t.isAlive()) Thread.sleep(10);
        }
        out.println(finalLine);
    }
}
