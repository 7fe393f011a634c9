package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.function.IntFunction;

// Wrong on purpose: it does print after every process has exited, but it finds out by polling isAlive() between
// naps instead of waiting in waitFor().
// Expect: a loop that sleeps until isAlive() turns false is a poll
// Expect: waitFor() blocks until the process has exited
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (Process p : processes) {
            while (p.isAlive()) Thread.sleep(10);
        }
        out.println(finalLine);
    }
}
