package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Wrong on purpose: waits for the exit of every process's handle but the last one's.
// Expect: '123' was printed while
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var ps = new ArrayList<Process>();
        for (int i = 0; i < count; i++) ps.add(start.apply(i));
        var handles = new ArrayList<ProcessHandle>();
        for (var p : ps) handles.add(p.toHandle());
        var exits = new ArrayList<CompletableFuture<ProcessHandle>>();
        for (int i = 0; i < handles.size() - 1; i++) exits.add(handles.get(i).onExit());
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).join();
        out.println(finalLine);
    }
}
