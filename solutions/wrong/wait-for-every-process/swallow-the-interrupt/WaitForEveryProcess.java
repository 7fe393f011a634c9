package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt ends a waitFor() early, and this code goes on to the next process.
// Expect: Your thread was interrupted while it waited for
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        for (var p : ps) {
            try { p.waitFor(); } catch (InterruptedException e) { /* next one */ }
        }
        out.println(finalLine);
    }
}
