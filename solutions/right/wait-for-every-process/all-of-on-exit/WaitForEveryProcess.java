package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Right: one future that completes when every process has exited.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var exits = new ArrayList<CompletableFuture<Process>>();
        for (int i = 0; i < count; i++) exits.add(start.apply(i).onExit());
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).join();
        out.println(finalLine);
    }
}
