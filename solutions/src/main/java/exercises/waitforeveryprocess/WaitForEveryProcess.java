package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.function.IntFunction;

/** Reference solution of wait-for-every-process. */
public final class WaitForEveryProcess {

    private WaitForEveryProcess() {}

    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) {
            processes.add(start.apply(i));   // all of them first: they run side by side
        }
        for (var p : processes) {
            p.waitFor();                     // then wait for each; one that already exited returns at once
        }
        out.println(finalLine);
    }
}
