package exercises.joineverythread;

import java.io.PrintStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

// Wrong on purpose: a FutureTask per thread, get(500 ms) on each, and the TimeoutException is swallowed.
// Expect: '123' was printed while
public final class JoinEveryThread {

    private JoinEveryThread() {}

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        List<FutureTask<Void>> fs = new ArrayList<>();
        for (Runnable task : tasks) { FutureTask<Void> f = new FutureTask<>(task, null); fs.add(f); Thread.ofPlatform().start(f); }
        for (FutureTask<Void> f : fs) { try { f.get(500, TimeUnit.MILLISECONDS); } catch (ExecutionException | TimeoutException e) { } }
        out.println(finalLine);
    }
}
