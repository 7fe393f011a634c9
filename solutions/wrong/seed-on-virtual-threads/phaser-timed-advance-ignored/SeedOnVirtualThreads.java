package exercises.seedonvirtualthreads;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Wrong on purpose: every task arrives at a phaser; the caller waits five minutes for the phase to advance and takes a
// timeout as the end.
// Expect: awaitAdvanceInterruptibly(0, 5 minutes)
public final class SeedOnVirtualThreads {
    public static void runOnVirtualThreads(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var phaser = new Phaser(1); // the caller
        for (Runnable task : tasks) {
            phaser.register();
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } finally {
                    phaser.arriveAndDeregister();
                }
            });
        }
        int phase = phaser.arrive();
        try {
            phaser.awaitAdvanceInterruptibly(phase, 5, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            // five minutes is plenty, surely
        }
        out.println(finalLine);
    }
}
