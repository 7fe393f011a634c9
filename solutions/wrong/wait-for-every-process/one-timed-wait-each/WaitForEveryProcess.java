package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: waitFor(timeout) returns false when the time runs out, and this code ignores it and moves on.
// Expect: A timed waitFor(timeout)
// Expect: returns false when the time is up
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (var p : processes) p.waitFor(1, TimeUnit.SECONDS);
        out.println(finalLine);
    }
}
