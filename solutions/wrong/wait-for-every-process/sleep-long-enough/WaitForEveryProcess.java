package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.function.IntFunction;

// Wrong on purpose: starts every process, then sleeps for what should be "long enough" before printing.
// Expect: Sleeping "long enough" is a guess
// Expect: waitFor() blocks until the process has exited, and no longer: call it on every process you started.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        for (int i = 0; i < count; i++) start.apply(i);
        Thread.sleep(3_000);
        out.println(finalLine);
    }
}
