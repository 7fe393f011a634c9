package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: gives every process three waitFor(10 s) tries, then carries on as if it had exited.
// Expect: waitFor(timeout) returns false
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (Process p : processes) {
            for (int tries = 0; tries < 3; tries++) {
                if (p.waitFor(10, TimeUnit.SECONDS)) break;
            }
        }
        out.println(finalLine);
    }
}
