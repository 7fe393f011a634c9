package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.function.IntFunction;

// Wrong on purpose: waits for each process before starting the next, so they never run side by side.
// Expect: the tasks ran one after another
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        for (int i = 0; i < count; i++) start.apply(i).waitFor();
        out.println(finalLine);
    }
}
