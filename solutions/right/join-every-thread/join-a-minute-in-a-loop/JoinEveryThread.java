package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

// Right: join(Duration) in a loop, with a long timeout; the test must not wait it out.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
        for (Thread t : threads) while (!t.join(Duration.ofMinutes(1))) { }
        out.println(finalLine);
    }
}
