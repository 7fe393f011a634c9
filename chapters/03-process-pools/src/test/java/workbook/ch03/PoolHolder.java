package workbook.ch03;

import java.util.List;

/**
 * A parent JVM for the orphan tests: makes a pool of 2, starts a {@link Held} task on the gate whose port is
 * args[0], prints "pids &lt;pid&gt; &lt;pid&gt;" and waits for the task forever (until the test kills this JVM).
 */
public final class PoolHolder {
    public static void main(String[] args) throws Exception {
        var pool = new ProcessPool(2, List.of(Held.class));
        var held = pool.submit(Held.class, args[0]);
        System.out.println("pids " + pool.workerPids().get(0) + " " + pool.workerPids().get(1));
        System.out.flush();
        held.get();
    }
}
