package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.function.IntFunction;

// Wrong on purpose: starts the processes and prints at once; nothing waits for them.
// Expect: '123' was printed while
// Expect: Call waitFor() on every process
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) {
        for (int i = 0; i < count; i++) start.apply(i);
        out.println(finalLine);
    }
}
