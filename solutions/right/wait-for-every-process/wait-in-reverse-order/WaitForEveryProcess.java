package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right: start all, then waitFor() them last to first; a process that already exited returns at once.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (int i = processes.size() - 1; i >= 0; i--) processes.get(i).waitFor();
        out.println(finalLine);
    }
}
