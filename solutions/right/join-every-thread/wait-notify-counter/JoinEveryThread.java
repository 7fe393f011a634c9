package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;

// Right: a counter guarded by a monitor; wait() in a while loop until every task has counted itself done.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var lock = new Object();
        int[] done = {0};
        for (Runnable task : tasks) {
            Thread.ofPlatform().start(() -> {
                try {
                    task.run();
                } finally {
                    synchronized (lock) {
                        done[0]++;
                        lock.notifyAll();
                    }
                }
            });
        }
        synchronized (lock) {
            while (done[0] < tasks.size()) lock.wait();
        }
        out.println(finalLine);
    }
}
