package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: waits only for the last process, through onExit(), as if processes ended in the order they started.
// Expect: still unfinished in other processes
// Expect: A process per task
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var processes = new ArrayList<Process>();
        for (int i = 0; i < count; i++) processes.add(start.apply(i));
        processes.getLast().onExit().join();
        out.println(finalLine);
    }
}
