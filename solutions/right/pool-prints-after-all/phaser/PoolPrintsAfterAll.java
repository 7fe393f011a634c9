package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

// Right: a Phaser with one party per task and one for the caller, who arrives and waits.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var phaser = new Phaser(1 + tasks.size());
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable t : tasks) pool.execute(() -> { try { t.run(); } finally { phaser.arriveAndDeregister(); } });
            phaser.awaitAdvanceInterruptibly(phaser.arrive());
        }
        out.println(finalLine);
    }
}
