package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: on an interrupt, destroys every process, waits for them to exit, and prints the final line.
// Expect: a process you destroy has not done its task
public final class WaitForEveryProcess {
    private WaitForEveryProcess() {}
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        try {
            for (var p : ps) p.waitFor();
        } catch (InterruptedException e) {
            for (var p : ps) p.destroyForcibly();
            for (var p : ps) p.onExit().join();
            Thread.currentThread().interrupt();
        }
        out.println(finalLine);
    }
}
