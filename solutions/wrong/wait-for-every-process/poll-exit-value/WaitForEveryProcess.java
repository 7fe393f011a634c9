package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: polls exitValue(), which throws IllegalThreadStateException while the process runs, in a busy loop.
// Expect: CPU time without blocking
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (Process p : processes) {
            while (true) {
                try {
                    p.exitValue();
                    break;
                } catch (IllegalThreadStateException stillRunning) {
                    Thread.onSpinWait();
                }
            }
        }
        out.println(finalLine);
    }
}
