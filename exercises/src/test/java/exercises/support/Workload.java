package exercises.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tasks a test hands to the learner's code: each prints numbered lines, like the seed program.
 *
 * <p>One of them, the <em>straggler</em>, prints its lines and then blocks on a gate that only the test opens.
 * While the gate is shut, at least one task is provably still running, so a final line printed then was
 * printed too early: no timing luck involved. {@link LearnerRun} opens the gate once the learner's thread
 * is really waiting for the tasks.
 */
public final class Workload {

    private final int size;
    private final int linesPerTask;
    private final int stragglerIndex;
    private final PrintStream out;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch crowd = new CountDownLatch(1); // holds the other tasks too, see holdTheCrowd()
    private volatile boolean holdTheCrowd;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger othersRunning = new AtomicInteger(); // started and not ended, the straggler not counted
    private final AtomicInteger[] runs;
    private final List<Runnable> tasks = new ArrayList<>();
    private final ConcurrentHashMap.KeySetView<Thread, Boolean> taskThreads = ConcurrentHashMap.newKeySet();
    private volatile Thread stragglerThread;
    private volatile boolean stragglerInterrupted;
    private volatile boolean holdThroughInterrupts;
    private final int failingIndex;

    public Workload(int size, int linesPerTask, PrintStream out) {
        this(size, linesPerTask, out, -1);
    }

    /** A workload whose held task sits at {@code held}'s position. */
    public Workload(int size, int linesPerTask, PrintStream out, HeldAt held) {
        this(size, linesPerTask, out, -1, held.index(size));
    }

    /**
     * A workload in which task {@code failingIndex} prints its lines and then throws a {@link TaskFailure}
     * (it still counts as finished: it ended, abnormally). Use -1 for none.
     */
    public Workload(int size, int linesPerTask, PrintStream out, int failingIndex) {
        this(size, linesPerTask, out, failingIndex, HeldAt.MIDDLE.index(size));
    }

    /**
     * A workload whose task {@code stragglerIndex} is held at the gate and whose task {@code failingIndex} (or none,
     * with -1) throws. Both may be the same task: a learner who waits only for the tasks that succeed is caught then.
     */
    public Workload(int size, int linesPerTask, PrintStream out, int failingIndex, int stragglerIndex) {
        this.failingIndex = failingIndex;
        if (size < 1) throw new IllegalArgumentException("a workload needs at least one task, got " + size);
        if (stragglerIndex < 0 || stragglerIndex >= size) {
            throw new IllegalArgumentException("the held task must be one of the " + size + " tasks, got " + stragglerIndex);
        }
        this.size = size;
        this.linesPerTask = linesPerTask;
        this.stragglerIndex = stragglerIndex;
        this.out = out;
        this.runs = new AtomicInteger[size];
        for (int i = 0; i < size; i++) {
            runs[i] = new AtomicInteger();
            tasks.add(new NumberedTask(i));
        }
    }

    /** The tasks, in order; hand these to the learner's code. */
    public List<Runnable> tasks() {
        return List.copyOf(tasks);
    }

    public int size() {
        return size;
    }

    /** Where the tasks print. */
    public PrintStream out() {
        return out;
    }

    public int stragglerIndex() {
        return stragglerIndex;
    }

    public Runnable straggler() {
        return tasks.get(stragglerIndex);
    }

    /** Tasks that have not finished yet (never started, running, or held at the gate). */
    public int unfinished() {
        return size - finished.get();
    }

    public int finished() {
        return finished.get();
    }

    /** Tasks other than the straggler that have started and not yet ended. */
    public int othersRunning() {
        return othersRunning.get();
    }

    /**
     * Makes the held task ignore interrupts, as the seed's tasks do (they print and never look at the flag): an
     * interrupt is noted ({@link #stragglerInterrupted()}) and the task goes on waiting for the gate, then finishes.
     * For tests that interrupt the learner's thread: {@code close()} answers an interrupt with {@code shutdownNow()},
     * and a task that stopped at that would look unfinished although the learner's code did nothing wrong.
     */
    public Workload holdThroughInterrupts() {
        holdThroughInterrupts = true;
        return this;
    }

    /**
     * Holds every other task too, after its lines, until {@link #releaseTheCrowd()}: then no task can end before the
     * test has seen how the learner's thread waits (the JDK method it waits in is named the same on every run, not
     * only when the sampling happened to catch it). {@link LearnerRun} lets the crowd go at the learner's first
     * wait, nap, block or spin. A held crowd task ignores interrupts (and sets its flag again), as the straggler does
     * with {@link #holdThroughInterrupts()}.
     */
    public Workload holdTheCrowd() {
        holdTheCrowd = true;
        return this;
    }

    /** Whether every task but the straggler is still held after its lines ({@link #holdTheCrowd()}). */
    public boolean crowdHeld() {
        return holdTheCrowd && crowd.getCount() > 0;
    }

    /** Lets every task but the straggler finish. Idempotent. */
    public void releaseTheCrowd() {
        crowd.countDown();
    }

    /** Lets the straggler (and the crowd) finish. Idempotent. */
    public void releaseStraggler() {
        crowd.countDown();
        gate.countDown();
    }

    public boolean stragglerReleased() {
        return gate.getCount() == 0;
    }

    /** The thread that is running (or ran) the straggler, or null if it has not started. */
    public Thread stragglerThread() {
        return stragglerThread;
    }

    public boolean stragglerInterrupted() {
        return stragglerInterrupted;
    }

    /** Every thread that ran at least one task. */
    public List<Thread> taskThreads() {
        return List.copyOf(taskThreads);
    }

    /** Indexes of tasks that never ran. */
    public List<Integer> neverRan() {
        var result = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) if (runs[i].get() == 0) result.add(i);
        return result;
    }

    /** Indexes of tasks that ran more than once. */
    public List<Integer> ranTwice() {
        var result = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) if (runs[i].get() > 1) result.add(i);
        return result;
    }

    /** Waits at the gate; false if an interrupt ended the wait (the flag is then set again). */
    private boolean awaitGate() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    gate.await();
                    return true;
                } catch (InterruptedException e) {
                    stragglerInterrupted = true;
                    interrupted = true;
                    if (!holdThroughInterrupts) return false;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private void awaitTheCrowdGate() {
        boolean interrupted = false;
        while (true) {
            try {
                crowd.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** The exception the failing task throws. */
    public static final class TaskFailure extends RuntimeException {
        public TaskFailure(String message) {
            super(message);
        }
    }

    /** What the failing task throws instead, after {@link #failWithAnError()}: an Error, which no catch of Exception sees. */
    public static final class TaskError extends Error {
        public TaskError(String message) {
            super(message);
        }
    }

    private volatile boolean failWithAnError;

    /** The failing task throws a {@link TaskError} instead of a {@link TaskFailure}. */
    public Workload failWithAnError() {
        failWithAnError = true;
        return this;
    }

    /** The class of the tasks' code, as it appears in a stack trace. */
    static final String TASK_CLASS = NumberedTask.class.getName();

    private final class NumberedTask implements Runnable {
        private final int index;

        NumberedTask(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            if (index != stragglerIndex) othersRunning.incrementAndGet();
            runs[index].incrementAndGet();
            taskThreads.add(Thread.currentThread());
            try {
                for (int line = 0; line < linesPerTask; line++) {
                    out.println("task" + index + " " + line);
                }
                if (index != stragglerIndex && holdTheCrowd) awaitTheCrowdGate();
                if (index == stragglerIndex) {
                    stragglerThread = Thread.currentThread();
                    WatchedPool.noteStragglerStarted();
                    if (!awaitGate()) return; // interrupted before it could finish: it does not count as finished
                }
                finished.incrementAndGet();
                if (index == failingIndex) {
                    var message = "task" + index + " failed on purpose (the test made it throw)";
                    if (failWithAnError) throw new TaskError(message);
                    throw new TaskFailure(message);
                }
            } finally {
                if (index != stragglerIndex) othersRunning.decrementAndGet();
                if (index == stragglerIndex && stragglerThread == null) stragglerThread = Thread.currentThread();
            }
        }

        @Override
        public String toString() {
            return "task" + index;
        }
    }
}
