package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: a second timed waitFor after the first ran out, and then it carries on anyway.
// Expect: A timed waitFor(timeout)
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        for (var p : ps) if (!p.waitFor(1, TimeUnit.MINUTES)) p.waitFor(1, TimeUnit.MINUTES);
        out.println(finalLine);
    }
}
