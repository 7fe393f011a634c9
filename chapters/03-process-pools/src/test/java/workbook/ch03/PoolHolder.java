package workbook.ch03;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A parent JVM for the orphan tests: makes a pool of 2, starts a {@link Held} task on the gate whose port is
 * args[0], prints "pids &lt;pid&gt; &lt;pid&gt;" and waits for the task forever (until the test kills this JVM).
 *
 * <p>If it is asked to stop (SIGTERM), a shutdown hook of its own, running alongside the pool's, waits for the
 * workers and ends this JVM with status {@value #ENDED_BY_HOOK} once they have exited. They cannot have seen
 * end-of-file yet (this JVM still holds their stdin), so if they exited, the pool's hook ended them.
 * (An exit status, not a line on stdout: the JDK closes a dead child's stdout under a reader that is still reading.)
 */
public final class PoolHolder {
    static final int ENDED_BY_HOOK = 42;
    static final int STILL_ALIVE = 43;

    public static void main(String[] args) throws Exception {
        var pool = new ProcessPool(2, List.of(Held.class));
        var workers = pool.everyWorker();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            var exits = workers.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(exits).get(30, TimeUnit.SECONDS); // a limit for the failure case only
                Runtime.getRuntime().halt(ENDED_BY_HOOK);
            } catch (TimeoutException e) {
                Runtime.getRuntime().halt(STILL_ALIVE);
            } catch (Exception e) {
                e.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        }));
        var held = pool.submit(Held.class, args[0]);
        System.out.println("pids " + pool.workerPids().get(0) + " " + pool.workerPids().get(1));
        System.out.flush();
        held.get();
    }
}
