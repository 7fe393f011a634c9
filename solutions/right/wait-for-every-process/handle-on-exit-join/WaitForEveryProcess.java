package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: join the onExit() of every process's handle.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        for (var p : ps) p.toHandle().onExit().join();
        out.println(finalLine);
    }
}
