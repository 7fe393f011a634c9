package exercises.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;

/**
 * The work a process exercise hands out, with one task (the straggler, neither first nor last) held at a
 * {@link ProcessGate} until the learner's thread is blocked waiting for it. Two ways to run it:
 * {@link #pools()} makes real {@link ProcessPool}s of {@link GatedLines} tasks; {@link #starter()} starts one
 * real process per task ({@link HeldChild}). Either way the test sees every future or process made.
 */
public final class PoolWork implements AutoCloseable {

    private final int size;
    private final int lines;
    private final int stragglerIndex;
    private final ProcessGate gate = new ProcessGate();
    private final List<ProcessPool> pools = new CopyOnWriteArrayList<>();
    private final List<TaskFuture> futures = new CopyOnWriteArrayList<>();
    private final List<WatchedProcess> processes = new CopyOnWriteArrayList<>();

    public PoolWork(int size, int lines) {
        this.size = size;
        this.lines = lines;
        this.stragglerIndex = size * 37 / 100; // not first, not last: waiting only for either must not free it
    }

    public int size() { return size; }
    public int lines() { return lines; }
    public int stragglerIndex() { return stragglerIndex; }
    public ProcessGate gate() { return gate; }
    public List<ProcessPool> poolsMade() { return List.copyOf(pools); }
    public List<WatchedProcess> processesStarted() { return List.copyOf(processes); }

    /** The arguments of the tasks, in order: one task per argument. */
    public List<String> arguments() {
        var result = new ArrayList<String>();
        for (int i = 0; i < size; i++) result.add(GatedLines.argument(i, lines, gate, i == stragglerIndex));
        return result;
    }

    /** Makes pools that allow {@link GatedLines} and report every submitted task to the test. */
    public IntFunction<ProcessPool> pools() {
        return workers -> {
            var pool = new ProcessPool(workers, List.of(GatedLines.class)).onSubmit(futures::add);
            pools.add(pool);
            return pool;
        };
    }

    /** Starts the i-th task as a process of its own, with its output thrown away. */
    public IntFunction<Process> starter() {
        return i -> {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("there are " + size + " tasks, numbered 0 to " + (size - 1) + "; got " + i);
            var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HeldChild.class.getName()));
            cmd.addAll(List.of(GatedLines.argument(i, lines, gate, i == stragglerIndex).split(" ")));
            try {
                var p = new WatchedProcess(new ProcessBuilder(cmd)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start(), i);
                processes.add(p);
                return p;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /** Tasks not finished yet, as far as this JVM can tell: the learner could not have seen them finish. */
    public int unfinishedInPools() {
        int done = 0;
        for (var f : futures) if (f.isDone()) done++;
        return size - done;
    }

    public int unfinishedProcesses() {
        int alive = 0;
        for (var p : processes) if (p.isAlive()) alive++;
        return size - processes.size() + alive;
    }

    /** Submitted to a pool so far. */
    public int submitted() { return futures.size(); }

    /** The judge for pools: close() and get() of the straggler's future wait for it; get() of another future does not. */
    public HeldRun.Verdict judgePoolWait(java.lang.management.ThreadInfo info) {
        if (LearnerThread.inFrame(info, ProcessPool.class.getName(), "close")) return HeldRun.Verdict.RELEASE;
        var lock = info.getLockInfo();
        if (lock != null && lock.getClassName().equals(TaskFuture.class.getName())) {
            for (var f : futures) {
                if (System.identityHashCode(f) == lock.getIdentityHashCode()) {
                    return f.argument().equals(arguments().get(stragglerIndex)) ? HeldRun.Verdict.RELEASE : HeldRun.Verdict.HOLD;
                }
            }
            return HeldRun.Verdict.HOLD;
        }
        return HeldRun.Verdict.RELEASE; // a wait the learner built (a latch...): trust it
    }

    /** The judge for one process per task: waitFor() of the straggler's process waits for it; of another does not. */
    public HeldRun.Verdict judgeProcessWait(java.lang.management.ThreadInfo info) {
        for (var p : processes) {
            if (p.awaited()) return p.index() == stragglerIndex ? HeldRun.Verdict.RELEASE : HeldRun.Verdict.HOLD;
        }
        return HeldRun.Verdict.RELEASE; // onExit().join(), a latch...: trust it
    }

    /** Whatever the learner did, no process of this test outlives it. */
    @Override
    public void close() throws Exception {
        gate.close();
        for (var pool : pools) pool.kill();
        for (var p : processes) p.real().destroyForcibly();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
