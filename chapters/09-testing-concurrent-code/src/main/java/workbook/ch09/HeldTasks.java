package workbook.ch09;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * Tasks for a program under test: each prints its numbered lines, and one of them, the held task, then waits at a gate
 * that only the test opens. They count how often each ran, how many have not finished, and which threads ran them.
 */
public final class HeldTasks {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final int held;
    private final AtomicIntegerArray runs;
    private final AtomicInteger unfinished;
    // A list, not a hash set: a set would have each task's thread compute its own identity hash, and the first hashes
    // of new threads collided with others here; Watch tells threads apart by those hashes.
    private final CopyOnWriteArrayList<Thread> threadsOfTheOthers = new CopyOnWriteArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private volatile Thread heldThread;
    private volatile boolean heldInterrupted;

    /** Every HeldTasks whose gate is still shut (see {@link #openEveryGateLeftShut}). */
    private static final Set<HeldTasks> SHUT = ConcurrentHashMap.newKeySet();

    /** {@code count} tasks of {@code lines} lines each; task number {@code held} waits at the gate after its lines. */
    public HeldTasks(int count, int lines, int held, PrintStream out) {
        SHUT.add(this);
        this.held = held;
        this.runs = new AtomicIntegerArray(count);
        this.unfinished = new AtomicInteger(count);
        for (int i = 0; i < count; i++) tasks.add(task(i, lines, out));
    }

    // tag::held-task[]
    private Runnable task(int index, int lines, PrintStream out) {
        return () -> {
            runs.incrementAndGet(index);
            for (int line = 0; line < lines; line++) out.println("task" + index + " " + line);
            if (index == held) {
                heldThread = Thread.currentThread();
                try {
                    gate.await(); // only the test's open() ends this
                } catch (InterruptedException e) {
                    heldInterrupted = true; // stopped before its work was done: it stays unfinished
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                threadsOfTheOthers.addIfAbsent(Thread.currentThread());
            }
            unfinished.decrementAndGet();
        };
    }
    // end::held-task[]

    public List<Runnable> list() {
        return List.copyOf(tasks);
    }

    /** Lets the held task finish. */
    public void open() {
        gate.countDown();
        SHUT.remove(this);
    }

    /**
     * Opens every gate still shut, and returns how many held tasks were waiting at one: a cleaner for after a test
     * that failed before it opened its gate (the JSR-166 TCK's tests have such cleaners), so that no thread is left
     * waiting for ever. The judge of the exercises where you write the tests calls it after each run of them.
     */
    public static int openEveryGateLeftShut() {
        int waiting = 0;
        for (var tasks : List.copyOf(SHUT)) {
            // reached the gate, not stopped there by an interrupt, and the gate still shut: it waits for ever
            if (tasks.heldThread != null && !tasks.heldInterrupted && tasks.gate.getCount() > 0) waiting++;
            tasks.open();
        }
        return waiting;
    }

    /** Tasks not finished yet: not started, running, held, or stopped by an interrupt. */
    public int unfinished() {
        return unfinished.get();
    }

    /** The tasks that did not run exactly once, as "task2 ran 0 times". */
    public List<String> notRunExactlyOnce() {
        return IntStream.range(0, runs.length()).filter(i -> runs.get(i) != 1)
                .mapToObj(i -> "task" + i + " ran " + runs.get(i) + " times").toList();
    }

    public boolean heldInterrupted() {
        return heldInterrupted;
    }

    // tag::others-ended[]
    /**
     * Returns once every task but the held one has finished and every thread that ran one of them has ended or waits
     * idle in its pool for the next task, except the held task's own (a pool's worker may have run others before
     * it); or once {@code caller} has ended. After
     * that nothing but the gate, that is the test, can end a wait of the caller's for the tasks.
     */
    public Set<Thread> awaitTheOthersEnded(Thread caller) throws InterruptedException {
        while (caller.isAlive() && (unfinished.get() > 1 || heldThread == null)) {
            caller.join(1); // look again; nothing is decided by how long this takes
        }
        var ended = new java.util.HashSet<Thread>();
        for (var thread : threadsOfTheOthers) {
            if (thread == heldThread) continue;
            while (caller.isAlive() && thread.isAlive() && !idleInAPool(thread)) thread.join(1);
            if (!thread.isAlive()) ended.add(thread);
        }
        return ended;
    }

    /**
     * A pool's worker back at its queue, waiting for the next task: whatever the code under test wrapped round a
     * task has run. It may stay there while another worker runs the held task, even after shutdown(): a shut-down
     * ThreadPoolExecutor wakes its idle workers one by one as workers end, and the held task's worker does not end.
     */
    private static boolean idleInAPool(Thread thread) {
        var state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false;
        for (var frame : thread.getStackTrace()) {
            var at = frame.getClassName() + "." + frame.getMethodName();
            if (at.equals("java.util.concurrent.ThreadPoolExecutor.getTask")
                    || at.equals("java.util.concurrent.ForkJoinPool.awaitWork")) return true;
        }
        return false;
    }
    // end::others-ended[]
}
