package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: onExit().thenRun(countDown) for every process, and a latch of the right size.
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) start.apply(i).onExit().thenRun(done::countDown);
        done.await();
        out.println(finalLine);
    }
}
