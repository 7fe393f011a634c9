package exercises.joineverythread;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Phaser;

// Right: a Phaser with one party for the caller and one per thread; each thread arrives and deregisters when its task ends.
public final class JoinEveryThread {
    public static void runAllThenPrint(List<Runnable> tasks, String finalLine, PrintStream out) throws InterruptedException {
        var phaser = new Phaser(1);
        for (Runnable task : tasks) {
            phaser.register();
            Thread.ofPlatform().start(() -> {
                try {
                    task.run();
                } finally {
                    phaser.arriveAndDeregister();
                }
            });
        }
        int phase = phaser.arrive();
        phaser.awaitAdvanceInterruptibly(phase);
        out.println(finalLine);
    }
}
