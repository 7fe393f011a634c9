package exercises.waitforeveryprocess;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

// Wrong on purpose: every process counts a latch down when it exits, and the caller waits an hour on the latch without
// reading its answer.
// Expect: Your await(1 hours) on your CountDownLatch returned false
public final class WaitForEveryProcess {
    public static void runAllThenPrint(int count, IntFunction<Process> start, String finalLine, PrintStream out) throws Exception {
        var exited = new CountDownLatch(count);
        for (int i = 0; i < count; i++) start.apply(i).onExit().thenRun(exited::countDown);
        exited.await(1, TimeUnit.HOURS);
        out.println(finalLine);
    }
}
