package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Right: each task runs on a Thread subclass of its own; join() on each of them, then print.
public final class JoinEveryThread {
    private static final class TaskThread extends Thread {
        TaskThread(Runnable task, int n) {
            super(task, "task-thread-" + n);
        }
    }

    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<TaskThread>();
        for (var task : tasks) {
            var t = new TaskThread(task, threads.size());
            t.start();
            threads.add(t);
        }
        for (var t : threads) t.join();
        out.println(finalLine);
    }
}
