package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Right: a timed wait is fine as long as the loop waits again until waitFor(timeout) says the process has exited.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        for (var p : processes) {
            while (!p.waitFor(1, TimeUnit.SECONDS)) {
                // still running: wait again
            }
        }
        out.println(finalLine);
    }
}
