package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import java.util.concurrent.TimeoutException;

// Wrong on purpose: get(timeout) of onExit() throws TimeoutException when the time is up; it is caught and ignored.
// Expect: returns false when the time is up
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (var p : processes) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // "it will be done soon"
            }
        }
        out.println(finalLine);
    }
}
