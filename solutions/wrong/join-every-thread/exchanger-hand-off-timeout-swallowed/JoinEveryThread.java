package exercises.joineverythread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: a helper joins every thread and then meets the caller at an exchanger; the caller gives the meeting
// 20 seconds and goes on when it times out.
// Expect: Your exchange(20 seconds)
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (var task : tasks) threads.add(Thread.ofPlatform().start(task));
        var handOff = new Exchanger<Boolean>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                for (var t : threads) t.join();
                handOff.exchange(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            handOff.exchange(false, 20, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            // twenty seconds is plenty
        }
        out.println(finalLine);
    }
}
