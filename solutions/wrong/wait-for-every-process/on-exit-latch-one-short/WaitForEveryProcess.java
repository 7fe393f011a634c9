package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: a latch of count - 1, counted down by each process's onExit(), so await() returns one process early.
// Expect: was still unfinished in other processes
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var exited = new CountDownLatch(count - 1);
        for (int i = 0; i < count; i++) start.apply(i).onExit().thenRun(exited::countDown);
        exited.await();
        out.println(finalLine);
    }
}
