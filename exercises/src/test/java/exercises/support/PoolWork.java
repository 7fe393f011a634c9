package exercises.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import workbook.ch03.ProcessPool;
import workbook.ch03.TaskFuture;
import workbook.testkit.ProcessGate;

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
    private volatile boolean untrackedWait;
    /** Set by {@link #outwaitingTimedGets()}: each future's timed gets, made to time out at once while its task is unfinished. */
    private volatile java.util.Map<TaskFuture, TimedWaits> timedGets;
    private final java.util.concurrent.atomic.AtomicInteger timedGetsRanOut = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean timedGetHeld;

    private volatile WatchedPool.Time time = WatchedPool.Time.PATIENT;
    private volatile List<PoolAtReturn> poolsAtReturn = List.of();
    private volatile List<Long> processesAliveAtReturn = List.of();

    /** A pool as it was when the learner's method returned: shut down? terminated (close() saw every worker exit)? */
    public record PoolAtReturn(ProcessPool pool, boolean shutdown, boolean terminated, List<Long> alivePids, int workers) {}

    public PoolWork(int size, int lines) {
        this(size, lines, HeldAt.MIDDLE);
    }

    public PoolWork(int size, int lines, HeldAt held) {
        this.size = size;
        this.lines = lines;
        this.stragglerIndex = held.index(size);
    }

    /** How the timed waits of the processes from {@link #starter()} behave; PATIENT unless set. */
    public PoolWork withTime(WatchedPool.Time time) {
        this.time = time;
        return this;
    }

    /** How the timed waits of the processes behave (and those of the learner's own objects, see {@link OwnWaits}). */
    public WatchedPool.Time time() {
        return time;
    }

    /**
     * A timed get() of a future whose task is unfinished times out at once, whatever its timeout, as any timed wait may:
     * for each future, at least the first {@value TimedWaits#AT_LEAST} and until {@value TimedWaits#ASKED_AT_LEAST_MINUTES}
     * minutes of waiting have been asked for in all ({@link TimedWaits}). So "go on when the time is up" and "try a few
     * more times, then go on" are caught, and a loop that waits again gets the task soon after, without the test waiting
     * out any real time.
     */
    public PoolWork outwaitingTimedGets() {
        this.timedGets = new java.util.concurrent.ConcurrentHashMap<>();
        return this;
    }

    /** Whether this work's pools make timed gets time out ({@link #outwaitingTimedGets}). */
    public boolean outwaitsTimedGets() { return timedGets != null; }

    /** Whether a timed get() of the held task's future was made to time out. */
    public boolean timedGetHeld() { return timedGetHeld; }

    /** Whether a timed get() of an unfinished task was made to time out at once (see {@link #outwaitingTimedGets}). */
    public boolean timedGetRanOut() {
        return timedGetsRanOut.get() > 0;
    }

    /** The rule {@link #outwaitingTimedGets} gives the pools: see there. */
    private boolean timeOutNow(TaskFuture future, long timeoutNanos) {
        var all = timedGets;
        if (all == null || !all.computeIfAbsent(future, f -> new TimedWaits(WatchedPool.Time.ADVERSARY))
                .timeOutNow(true, timeoutNanos, java.util.concurrent.TimeUnit.NANOSECONDS)) {
            return false;
        }
        timedGetsRanOut.incrementAndGet();
        if (future.argument().equals(arguments().get(stragglerIndex))) timedGetHeld = true;
        return true;
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
            var pool = new ProcessPool(workers, List.of(GatedLines.class), WorkerJvm.options()).onSubmit(futures::add);
            if (timedGets != null) pool.timeOutTimedGets(this::timeOutNow);
            pools.add(pool);
            return pool;
        };
    }

    /** Starts the i-th task as a process of its own, with its output thrown away. */
    public IntFunction<Process> starter() {
        return i -> {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("there are " + size + " tasks, numbered 0 to " + (size - 1) + "; got " + i);
            var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(WorkerJvm.options());
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), HeldChild.class.getName()));
            cmd.addAll(List.of(GatedLines.argument(i, lines, gate, i == stragglerIndex).split(" ")));
            try {
                var p = new WatchedProcess(new ProcessBuilder(cmd)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start(), i, time);
                processes.add(p);
                return p;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /**
     * Tasks that have not completed, as far as this JVM can tell: still running (the learner could not have seen them
     * finish), or ended without completing (their worker was stopped, or they were cancelled), which is not finished work.
     */
    public int unfinishedInPools() {
        int completed = 0;
        for (var f : futures) if (f.state() == java.util.concurrent.Future.State.SUCCESS) completed++;
        return size - completed;
    }

    /**
     * Processes that have not finished their work: not started, still running, or ended other than by themselves with
     * status 0 (destroyed, killed), which is not finished work.
     */
    public int unfinishedProcesses() {
        int completed = 0;
        for (var p : processes) if (!p.real().isAlive() && p.real().exitValue() == 0) completed++;
        return size - completed;
    }

    /** Submitted to a pool so far. */
    public int submitted() { return futures.size(); }

    /**
     * Runs on the learner's thread the moment its method returns, while the held task is still held: records
     * which pools had terminated and which processes were alive then. Deterministic: close() sets
     * {@link ProcessPool#isTerminated()} only after it saw every worker exit, and {@link Process#isAlive()} of a
     * child is false once the JDK has collected its exit status (which waitFor() and onExit() wait for).
     */
    public void atReturn() {
        var snapshot = new ArrayList<PoolAtReturn>();
        for (var pool : pools) {
            var workers = pool.everyWorker();
            snapshot.add(new PoolAtReturn(pool, pool.isShutdown(), pool.isTerminated(),
                    workers.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList(), workers.size()));
        }
        poolsAtReturn = List.copyOf(snapshot);
        processesAliveAtReturn = processes.stream().filter(p -> p.real().isAlive()).map(WatchedProcess::pid).toList();
    }

    public List<PoolAtReturn> poolsAtReturn() { return poolsAtReturn; }
    public List<Long> processesAliveAtReturn() { return processesAliveAtReturn; }

    /** Whether the learner's thread waited in get() of a TaskFuture that no pool from {@link #pools()} made. */
    public boolean waitedForAnUntrackedTask() { return untrackedWait; }

    /** The judge for pools: close() and get() of the straggler's future wait for it; get() of another future does not. */
    public HeldRun.Verdict judgePoolWait(java.lang.management.ThreadInfo info) {
        if (LearnerThread.inFrame(info, ProcessPool.class.getName(), "close")) return HeldRun.Verdict.RELEASE;
        // Inside the pool's own code (starting workers, handing a task to one): a wait of the pool's, not for the held task.
        for (var f : info.getStackTrace()) {
            if (f.getClassName().startsWith(ProcessPool.class.getName())) return HeldRun.Verdict.HOLD;
        }
        var lock = info.getLockInfo();
        if (lock != null && lock.getClassName().equals(TaskFuture.class.getName())) {
            for (var f : futures) {
                if (System.identityHashCode(f) == lock.getIdentityHashCode()) {
                    if (!f.argument().equals(arguments().get(stragglerIndex))) return HeldRun.Verdict.HOLD;
                    return othersSettled(f) ? HeldRun.Verdict.RELEASE : HeldRun.Verdict.HOLD;
                }
            }
            untrackedWait = true; // a pool the test did not make: it cannot tell which task this is, so it lets go
            return HeldRun.Verdict.RELEASE;
        }
        return HeldRun.Verdict.RELEASE; // a wait the learner built (a latch...): trust it
    }

    /**
     * Every other task's future is done, so when the learner's wait for the held task returns, the others have ended:
     * code that waits for only some futures (a timed get() on the last one, say) meets an unfinished one in the same
     * tests on every run, not by the workers' speed. Where a pool has a single worker, the others queue behind the held
     * task and cannot end first: then at once.
     */
    private boolean othersSettled(TaskFuture straggler) {
        if (pools.stream().anyMatch(p -> p.size() < 2)) return true;
        return futures.stream().allMatch(f -> f == straggler || f.isDone());
    }

    /**
     * The judge for one process per task. The held one (the straggler) is released by a wait for it: its waitFor(),
     * timed or not (a timed one waits as long as the process runs, or timed out already: see {@link WatchedProcess});
     * join()/get() of its onExit() future. A wait on another process holds it. A wait the test cannot
     * identify (allOf over onExit() futures, a latch...) is trusted only if the straggler's onExit() or toHandle()
     * was asked for: a wait that never asked about the straggler cannot be a wait for it.
     */
    public HeldRun.Verdict judgeProcessWait(java.lang.management.ThreadInfo info) {
        WatchedProcess straggler = null;
        for (var p : processes) if (p.index() == stragglerIndex) straggler = p;
        if (straggler != null) {
            if (straggler.awaited() || straggler.exitJoined()) return HeldRun.Verdict.RELEASE;
        }
        for (var p : processes) {
            if (p.awaited() || p.exitJoined()) return HeldRun.Verdict.HOLD;
        }
        return straggler != null && straggler.exitAskedFor() ? HeldRun.Verdict.RELEASE : HeldRun.Verdict.HOLD;
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
