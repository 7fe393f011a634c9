package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

// Wrong on purpose: a generous timeout is still a timeout; its end is not checked, so a slow thread is left running.
// Expect: '123' was printed while
// Expect: join(millis) returns when the time is up even if the thread still runs
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (var t : threads) t.join(Duration.ofSeconds(2));
        out.println(finalLine);
    }
}
