package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: a timed get() of a handle's onExit() whose TimeoutException is swallowed.
// Expect: A timed waitFor(timeout)
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        for (var p : ps) {
            try { p.toHandle().onExit().get(10, TimeUnit.SECONDS); } catch (TimeoutException e) { /* must be nearly done */ }
        }
        out.println(finalLine);
    }
}
