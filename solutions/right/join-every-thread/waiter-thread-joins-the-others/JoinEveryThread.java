package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

// Right: a waiter thread joins every task's thread, and the caller joins the waiter before printing.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        Thread waiter = Thread.ofPlatform().name("waiter").start(() -> {
            try {
                for (var t : threads) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caller's own join() is what answers an interrupt
            }
        });
        waiter.join();
        out.println(finalLine);
    }
}
