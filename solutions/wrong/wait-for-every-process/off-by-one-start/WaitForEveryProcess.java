package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: numbers the tasks from 1, so task 0 never gets a process.
// Expect: You started 2 of 3
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 1; i < count; i++) processes.add(start.apply(i));
        for (Process p : processes) p.waitFor();
        out.println(finalLine);
    }
}
