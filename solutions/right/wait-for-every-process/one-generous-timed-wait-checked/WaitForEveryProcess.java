package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Right: one generous timed wait per process whose result is checked (false: the process is still running).
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (var p : processes) {
            if (!p.waitFor(1, TimeUnit.MINUTES)) throw new IllegalStateException(p + " still running after a minute");
        }
        out.println(finalLine);
    }
}
