package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: one thread per process calls its waitFor(); the caller joins those threads, then prints.
// (An interrupt while joining stops the wait and leaves with the InterruptedException.)
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var waiters = new ArrayList<Thread>();
        for (int i = 0; i < count; i++) {
            Process p = start.apply(i);
            waiters.add(Thread.ofPlatform().start(() -> {
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread w : waiters) w.join();
        out.println(finalLine);
    }
}
