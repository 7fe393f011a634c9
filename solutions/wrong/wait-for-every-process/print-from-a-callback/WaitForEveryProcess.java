package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

// Wrong on purpose: the final line is printed by a callback once every process has exited, and the method
// returns at once, before any of them has.
// Expect: had not been printed by then
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) {
        var exits = new ArrayList<CompletableFuture<Process>>();
        for (int i = 0; i < count; i++) exits.add(start.apply(i).onExit());
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).thenRun(() -> out.println(finalLine));
    }
}
