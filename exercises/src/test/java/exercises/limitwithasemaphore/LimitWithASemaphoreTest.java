package exercises.limitwithasemaphore;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.HeldThroughTimedWaits;
import exercises.support.OwnWaits;
import exercises.support.InterruptExpect;
import exercises.support.JoinProbe;
import exercises.support.TimedWaits;
import exercises.support.WatchedPool;
import exercises.support.LearnerThread;
import exercises.support.Lesson;
import exercises.support.VirtualExpect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test holds every task inside until it has seen, from the states of your thread and of the semaphore,
 * that no further task can start: then exactly {@code limit} tasks must be inside and the rest waiting for
 * a permit. Only then does it let the tasks go. No timing is involved. (One test also interrupts a thread that
 * waits for a permit, to see that no permit is given back for it.)
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class LimitWithASemaphoreTest {

    private static final String FILE = exercises.support.Stub.file(LimitWithASemaphore.class);

    /**
     * A real semaphore that lets the test see which threads wait in its queue ({@link Semaphore#getQueuedThreads} is
     * protected), and whose timed waits never depend on the clock: the first few timed {@code tryAcquire} calls of each
     * thread that finds no permit free time out at once (return false), whatever the timeout, as they may on a slow day;
     * any later one waits as long as it takes. Code that tries again gets its permit; code that runs the task anyway goes over the limit.
     */
    static final class WatchedSemaphore extends Semaphore {
        private final Map<Thread, TimedWaits> waits = new ConcurrentHashMap<>(); // each waiting thread's timed waits
        final int permitsMade; // what newSemaphore.apply was given

        WatchedSemaphore(int permits) {
            super(permits);
            this.permitsMade = permits;
        }

        @Override
        public boolean tryAcquire(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return tryAcquire(1, timeout, unit);
        }

        @Override
        public boolean tryAcquire(int permits, long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            if (super.tryAcquire(permits)) return took(permits);
            if (waits.computeIfAbsent(Thread.currentThread(), t -> new TimedWaits(WatchedPool.Time.ADVERSARY)).timeOutNow(true, timeout, unit)) return false;
            return super.tryAcquire(permits, Long.MAX_VALUE, java.util.concurrent.TimeUnit.NANOSECONDS) && took(permits);
        }

        // The other ways in and out only count the permits each thread holds (see heldBy).
        @Override public void acquire() throws InterruptedException { super.acquire(); took(1); }
        @Override public void acquire(int permits) throws InterruptedException { super.acquire(permits); took(permits); }
        @Override public void acquireUninterruptibly() { super.acquireUninterruptibly(); took(1); }
        @Override public void acquireUninterruptibly(int permits) { super.acquireUninterruptibly(permits); took(permits); }
        @Override public boolean tryAcquire() { return super.tryAcquire() && took(1); }
        @Override public boolean tryAcquire(int permits) { return super.tryAcquire(permits) && took(permits); }
        @Override public void release() { super.release(); took(-1); }
        @Override public void release(int permits) { super.release(permits); took(-permits); }

        private final Map<Thread, Integer> held = new ConcurrentHashMap<>(); // permits taken minus permits given back, by thread

        private boolean took(int permits) {
            held.merge(Thread.currentThread(), permits, Integer::sum);
            return true;
        }

        /** How many permits {@code thread} has taken and not given back (negative: it gave back more than it took). */
        int heldBy(Thread thread) {
            return held.getOrDefault(thread, 0);
        }

        /** How many threads gave back more permits than they took. */
        long threadsThatGaveBackMore() {
            return held.values().stream().filter(n -> n < 0).count();
        }

        List<Thread> queued() {
            return List.copyOf(getQueuedThreads());
        }
    }

    /**
     * The tasks as a list that hands out task1 and the rest only once task0 has failed and its thread has done whatever
     * your code does after that (it has ended, or waits for more work as a pool's worker does): code that stops starting
     * tasks once one has failed meets that failure before it starts the second, on every run. It waits only when task0
     * is on its way: handed out (get(0)) and then started, or a thread started since (one that will run it). Code that
     * reads the whole list before starting anything reads it at once. The bound only keeps code of another shape from
     * hanging the test; it decides nothing.
     */
    private static final class FirstFailsFirst extends java.util.AbstractList<Runnable> {
        private final Tasks tasks;
        private final List<Runnable> list;
        private volatile Set<Long> liveAtFirst;
        private volatile Set<Thread> platformAtFirst;

        FirstFailsFirst(Tasks tasks) {
            this.tasks = tasks;
            this.list = tasks.list();
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public Runnable get(int index) {
            if (index == 0 && liveAtFirst == null) {
                platformAtFirst = Set.copyOf(Thread.getAllStackTraces().keySet());
                liveAtFirst = workbook.testkit.LiveThreads.virtualThreadIds();
            }
            if (index > 0 && liveAtFirst != null) awaitTheFirstFailure();
            return list.get(index);
        }

        private void awaitTheFirstFailure() {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                var thread = tasks.threadOf.get(0);
                if (thread != null && tasks.runs.get(0) > 0 && !tasks.insideNow.contains(0)
                        && thread.getState() != Thread.State.RUNNABLE) {
                    return; // task0 threw, and its thread is done with the failure
                }
                if (thread == null && !aThreadStartedSinceTheFirst()) return; // nothing will run task0 yet
                Thread.onSpinWait();
            }
        }

        private boolean aThreadStartedSinceTheFirst() {
            var me = Thread.currentThread();
            var live = workbook.testkit.LiveThreads.startedSince(liveAtFirst, List.of(me));
            if (live != null && !live.isEmpty()) return true;
            for (var t : Thread.getAllStackTraces().keySet()) {
                if (t != me && !platformAtFirst.contains(t) && t.isAlive()) return true;
            }
            return false;
        }
    }

    /** Hands out real semaphores and remembers them, so the test can look at their queues and permits. */
    static final class Semaphores implements IntFunction<Semaphore> {
        final List<WatchedSemaphore> made = new CopyOnWriteArrayList<>();

        @Override
        public Semaphore apply(int permits) {
            if (permits < 1) throw new IllegalArgumentException("a limit needs at least one permit, got " + permits);
            var s = new WatchedSemaphore(permits);
            made.add(s);
            return s;
        }

        WatchedSemaphore first() {
            return made.isEmpty() ? null : made.getFirst();
        }
    }

    /**
     * The tasks: each notes its thread and how many are inside, and waits at the test's gate. Task {@code held} (none
     * if -1) waits at a gate of its own, opened last, only once your thread waits for it.
     */
    static final class Tasks {
        final int size;
        /** The task that throws once let go: fixed, or chosen by the test among those inside (see failFirst). */
        volatile int failing;
        final int held;
        /** Each task's own gate: the test can let one go before the others. */
        final CountDownLatch[] gates;
        final java.util.concurrent.atomic.AtomicReferenceArray<Thread> threadOf;
        final Set<Integer> insideNow = ConcurrentHashMap.newKeySet();
        final CountDownLatch heldGate = new CountDownLatch(1);
        volatile Thread heldThread; // the thread that runs the held task, once it has started
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        /** Tasks interrupted while the test held them at a gate: something stopped them (shutdownNow(), cancel(true)). */
        final AtomicInteger interruptedAtTheGate = new AtomicInteger();
        final AtomicIntegerArray runs;
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        /** Set when a task ran on a worker of a thread pool (a ThreadPoolExecutor or a ForkJoinPool), not a thread of its own. */
        volatile boolean ranOnAPoolWorker;

        /** Whether the failing task throws an Error ({@link TaskFailedError}) instead of an IllegalStateException. */
        volatile boolean throwAnError;

        Tasks(int size, int failing, int held) {
            this.size = size;
            this.failing = failing;
            this.held = held;
            this.runs = new AtomicIntegerArray(size);
            this.gates = new CountDownLatch[size];
            for (int i = 0; i < size; i++) gates[i] = new CountDownLatch(1);
            this.threadOf = new java.util.concurrent.atomic.AtomicReferenceArray<>(size);
        }

        /** Lets every task but the held one go. */
        void openAll() {
            for (var g : gates) g.countDown();
        }

        List<Runnable> list() {
            var list = new ArrayList<Runnable>();
            for (int i = 0; i < size; i++) {
                int index = i;
                list.add(() -> {
                    runs.incrementAndGet(index);
                    threads.add(Thread.currentThread());
                    if (onAPoolWorker()) ranOnAPoolWorker = true;
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    if (index == held) heldThread = Thread.currentThread();
                    threadOf.set(index, Thread.currentThread());
                    insideNow.add(index);
                    try {
                        (index == held ? heldGate : gates[index]).await();
                    } catch (InterruptedException e) {
                        interruptedAtTheGate.incrementAndGet();
                        Thread.currentThread().interrupt();
                    } finally {
                        insideNow.remove(index);
                        inside.decrementAndGet();
                        finished.incrementAndGet();
                    }
                    if (index == failing) {
                        var why = "task" + index + " failed on purpose (the test made it throw)";
                        if (throwAnError) throw new TaskFailedError(why);
                        throw new IllegalStateException(why);
                    }
                });
            }
            return list;
        }

        /**
         * Whether the calling task runs inside a pool's worker loop. A virtual thread's stack starts at its own
         * run method (its carrier's frames are not part of it), so only a pool of threads shows these frames.
         */
        private static boolean onAPoolWorker() {
            return StackWalker.getInstance().walk(frames -> frames.anyMatch(f ->
                    f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
                            || f.getClassName().equals("java.util.concurrent.ForkJoinWorkerThread")));
        }
    }

    private final Semaphores semaphores = new Semaphores();
    private volatile boolean awaitedWithoutShutdown; // the test interrupted an awaitTermination that could never end
    private volatile boolean interruptedAWaiter; // the test interrupted a task thread waiting for a permit
    private volatile Thread interruptedWaiter; // that thread
    private volatile boolean interruptedTheCaller; // the test interrupted your own thread while it waited in acquire()
    private Thread learner;
    /** The held task outlasts one timed wait of your own (many in the outwaiting test); set for each run. */
    private HeldThroughTimedWaits timedWaits = HeldThroughTimedWaits.one();
    private boolean outwaitTimedWaits; // set by the one test that holds through many timed waits of your own
    private volatile String timedWait; // the last timed wait of your own seen while the held task waited, e.g. "join(millis)"
    /** Set by the interrupt test: once your thread waits for the held task, it is interrupted before the task goes. */
    private boolean interruptTheLearner;
    private volatile boolean learnerInterrupted;
    /** The virtual threads alive before your code ran (null where the JDK's thread containers cannot be read). */
    private Set<Long> liveBefore;
    /** Which of the tasks inside the failure test makes fail first (the lowest or the highest index); null elsewhere. */
    private FailFirst failFirst;

    private enum FailFirst { LOWEST, HIGHEST }
    /** Set by the permit test's second run: the failing task throws an Error, which a catch of Exception does not see. */
    private boolean failWithAnError;

    /** What a failing task throws in that run: an Error, as a task's assert or a StackOverflowError would be. */
    static final class TaskFailedError extends Error {
        TaskFailedError(String message) {
            super(message);
        }
    }
    /** Set by the test where task0 fails before your code gets task1 from the list (see {@link FirstFailsFirst}). */
    private boolean firstFailsFirst;
    private volatile boolean flagSetAtReturn;

    @AfterEach
    void noThreadOutlivesTheTest() throws InterruptedException {
        // Whatever the learner did, free every waiting task (as if each leaked permit came back) and wait for them.
        for (var s : semaphores.made) s.release(1_000);
        if (learner != null) learner.join(java.time.Duration.ofSeconds(10));
    }

    private enum Verdict {
        QUIESCENT, OVER_LIMIT, RETURNED_EARLY, NO_SEMAPHORE, QUEUED_FOR_A_THREAD, RETURNED_BEFORE_THE_HELD_TASK,
        RAN_ON_YOUR_THREAD, ONE_AFTER_ANOTHER
    }

    /**
     * What happened; {@code unfinishedWhenReturned} is counted by your thread itself, as your method returns.
     */
    private record Run(Tasks tasks, Verdict verdict, int insideAtVerdict, int unfinishedWhenReturned, Throwable thrown) {}

    /** With {@link #firstFailsFirst}: the tasks that have ended (the failing one, let go at once); else none counted. */
    private int endedAtOnce(Tasks tasks) {
        return firstFailsFirst ? tasks.finished.get() : 0;
    }

    private Run run(int size, int limit, int failing, boolean hold) throws InterruptedException {
        return run(size, limit, failing, hold, false, -1);
    }

    /**
     * Runs the learner's code on {@code size} tasks. With {@code hold}, the tasks wait at the gate until a verdict is
     * reached. With {@code interruptAWaiter} too, once the rest wait for a permit (QUIESCENT), the test interrupts one
     * task thread that waits in the semaphore (never your own thread) before it opens the gate.
     */
    private Run run(int size, int limit, int failing, boolean hold, boolean interruptAWaiter, int heldLast)
            throws InterruptedException {
        var tasks = new Tasks(size, failing, heldLast);
        tasks.throwAnError = failWithAnError;
        if (!hold) tasks.openAll();
        if (firstFailsFirst && failing >= 0) tasks.gates[failing].countDown(); // it fails at once; the others are held
        timedWaits = outwaitTimedWaits ? HeldThroughTimedWaits.many() : HeldThroughTimedWaits.one();
        timedWait = null;
        var thrown = new Throwable[1];
        var unfinished = new AtomicInteger(-1);
        learner = new Thread(() -> {
            try {
                LimitWithASemaphore.runLimited(firstFailsFirst ? new FirstFailsFirst(tasks) : tasks.list(), limit, semaphores);
            } catch (Throwable t) {
                thrown[0] = t;
            } finally {
                unfinished.set(size - tasks.finished.get());
                flagSetAtReturn = Thread.currentThread().isInterrupted();
            }
        }, "learner-main");
        learner.setDaemon(true);
        liveBefore = workbook.testkit.LiveThreads.virtualThreadIds(); // null where the JDK's containers cannot be read
        Verdict verdict = null;
        int insideAtVerdict = -1;
        OwnWaits.startRun(outwaitTimedWaits); // there, timed waits on your own objects time out at once (see OwnWaits)
        try {
            learner.start();
            while (hold && verdict == null) {
                int inside = tasks.inside.get();
                if (tasks.mostInside.get() > limit) {
                    verdict = Verdict.OVER_LIMIT;
                } else if (tasks.threads.contains(learner)) {
                    verdict = Verdict.RAN_ON_YOUR_THREAD;
                } else if (!learner.isAlive()) {
                    verdict = Verdict.RETURNED_EARLY;
                } else if (isBlocked(learner) && !startingAThread(learner)) {
                    var semaphore = semaphores.first();
                    if (semaphore == null) {
                        // Decide only once a task is inside (or the learner is stuck on a semaphore of its own): a program
                        // that makes its semaphores inside the tasks has made none yet while their threads are starting.
                        if (inside > 0 || LearnerThread.inFrame(learner, "java.util.concurrent.Semaphore", null)) verdict = Verdict.NO_SEMAPHORE;
                    } else if (inside == Math.min(limit, size) && (semaphore.getQueueLength() + inside + endedAtOnce(tasks) == size
                            || LearnerThread.inFrame(learner, "java.util.concurrent.Semaphore", null))) {
                        verdict = Verdict.QUIESCENT; // the rest wait for a permit: nobody else can get in
                    } else if (inside == Math.min(limit, size) && semaphore.getQueueLength() == 0
                            && LearnerThread.inFrame(learner, "java.lang.Thread", "join") && noThreadOnItsWay(tasks, liveBefore)) {
                        verdict = Verdict.QUIESCENT; // you join a task's thread and no other has been started: nobody else can get in
                    } else if (tasks.ranOnAPoolWorker && inside == Math.min(limit, size) && semaphore.getQueueLength() == 0
                            && inside < size && !LearnerThread.inFrame(learner, "java.util.concurrent.Semaphore", null)) {
                        // The tasks run on a pool's workers, every task inside holds a permit, and no thread waits for one:
                        // the tasks not yet started wait for a worker of the pool, not for the semaphore.
                        verdict = Verdict.QUEUED_FOR_A_THREAD;
                    } else if (inside == 1 && inside < Math.min(limit, size) && semaphore.getQueueLength() == 0
                            && LearnerThread.inFrame(learner, "java.lang.Thread", "join") && noThreadOnItsWay(tasks, liveBefore)) {
                        // Your thread joins the one task inside, and no other task has a thread started: the next one can only
                        // start once this one has ended.
                        verdict = Verdict.ONE_AFTER_ANOTHER;
                    }
                }
                if (verdict != null) insideAtVerdict = inside;
                Thread.onSpinWait();
            }
            if (verdict == Verdict.QUIESCENT && interruptAWaiter) interruptAWaiter(semaphores.first());
            if (verdict == Verdict.QUIESCENT && failFirst != null) letOneFailFirst(tasks, failFirst);
            tasks.openAll();
            if (verdict == Verdict.QUIESCENT && heldLast >= 0 && !othersEndedWhileTheLearnerWaits(tasks)) {
                verdict = Verdict.RETURNED_BEFORE_THE_HELD_TASK;
            } else if (verdict == Verdict.QUIESCENT && heldLast >= 0 && interruptTheLearner) {
                learnerInterrupted = true;
                interruptAndAwaitItsReaction(() -> false);
            }
            tasks.heldGate.countDown();
            while (learner.isAlive()) {
                if (!awaitedWithoutShutdown && awaitsAnExecutorThatCannotTerminate(tasks)) {
                    awaitedWithoutShutdown = true;
                    learner.interrupt(); // it would wait out its whole timeout: the executor can never terminate
                }
                learner.join(java.time.Duration.ofMillis(1)); // look again; no decision rests on this delay
            }
    } finally {
            OwnWaits.endRun(); // also when the test's @Timeout interrupts it: the next test's calls are real again
        }
        return new Run(tasks, verdict, insideAtVerdict, unfinished.get(), thrown[0]);
    }

    /**
     * Picks the task that fails among those inside (the lowest or the highest index, never the held one), lets it go alone,
     * and returns once its thread has done whatever it does after the task threw (it has ended, or waits for more work as a
     * pool's worker does): whatever your code does on seeing the failure in that thread (a flag, a cancel) happens before
     * any other task goes on. (Code that sees it on your own thread is judged by the held task, let go last.)
     */
    private void letOneFailFirst(Tasks tasks, FailFirst which) {
        var inside = tasks.insideNow.stream().filter(i -> i != tasks.held).sorted().toList();
        if (inside.isEmpty()) return;
        int k = which == FailFirst.LOWEST ? inside.getFirst() : inside.getLast();
        tasks.failing = k;
        var thread = tasks.threadOf.get(k);
        tasks.gates[k].countDown();
        // Its finally has run once it is no longer inside; after that, RUNNABLE means it is still at work.
        while (learner.isAlive() && (tasks.insideNow.contains(k) || thread.getState() == Thread.State.RUNNABLE)) {
            Thread.onSpinWait();
        }
    }

    /**
     * With every task but the held one let go: true once all of those have ended (their threads too) and your thread
     * still waits; false if your method returned first, while the held task was unfinished.
     */
    private boolean othersEndedWhileTheLearnerWaits(Tasks tasks) {
        JoinProbe probe = null;
        try {
            while (true) {
                if (!learner.isAlive()) return false;
                if (probe == null && tasks.heldThread != null) probe = JoinProbe.of(tasks.heldThread);
                // Every other task has ended, or (when some never ran: code that skips tasks) no other task can still run:
                // every thread that ran one has ended, none waits for a permit, and no other thread has been started.
                boolean othersOver = tasks.finished.get() == tasks.size - 1 || (semaphores.first() != null
                        && semaphores.first().getQueueLength() == 0 && noThreadOnItsWay(tasks, liveBefore));
                if (othersOver && otherThreadsEnded(tasks) && waitsForTheHeldTask(probe)) return true;
                Thread.onSpinWait();
            }
        } finally {
            if (probe != null) probe.stop();
        }
    }

    /**
     * Whether your thread waits in a way only the held task can end. A join() of another (ended) thread is not such a wait:
     * it is about to return, whatever the thread's state says. A join() of the held task's thread is, and so is any other
     * wait (an executor's close(), a latch) once every other task has ended. A join is told apart by what it waits on,
     * compared with what a probe joining the held task's thread waits on: never by the clock.
     */
    private boolean waitsForTheHeldTask(JoinProbe probe) {
        var info = THREADS.getThreadInfo(learner.threadId(), 64);
        if (info == null) return false;
        var state = info.getThreadState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false;
        boolean joining = false;
        for (var f : info.getStackTrace()) {
            if (f.getClassName().equals("java.lang.Thread") && f.getMethodName().equals("join")) joining = true;
        }
        if (joining && (probe == null || !probe.sameJoin(info))) return false;
        if (state == Thread.State.TIMED_WAITING && !HeldThroughTimedWaits.inExecutorClose(info)
                && !exercises.support.LearnerThread.inFrame(info, WatchedSemaphore.class.getName(), null)) {
            // A timed wait on an object of your own (a join(millis), your executor's awaitTermination): the test cannot
            // make it time out at once, so it keeps the task held until that wait has run out (see HeldThroughTimedWaits).
            timedWait = joining ? "join(millis) or join(Duration)" : waitName(info);
            return timedWaits.letsGo(info);
        }
        return true;
    }

    /** The JDK method your thread waits in, e.g. "awaitTermination", from the first java.* frame below your code. */
    private static String waitName(java.lang.management.ThreadInfo info) {
        String name = "a timed wait";
        for (var f : info.getStackTrace()) {
            if (f.getClassName().startsWith("java.") || f.getClassName().startsWith("jdk.")) name = f.getMethodName() + "(timeout)";
            else break;
        }
        return name;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Every thread that ran a task other than the held one has terminated (the held one's is still at its gate). */
    private static boolean otherThreadsEnded(Tasks tasks) {
        int alive = 0;
        for (var t : tasks.threads) if (t.getState() != Thread.State.TERMINATED) alive++;
        return alive <= 1;
    }

    /**
     * Interrupts your thread and returns once it has reacted: it has ended, it waits again (its waited count has grown),
     * e.g. in close(), which goes on waiting after an interrupt, or {@code reacted} says so.
     */
    private void interruptAndAwaitItsReaction(java.util.function.BooleanSupplier reacted) {
        var info = THREADS.getThreadInfo(learner.threadId(), 0);
        long waits = info == null ? 0 : info.getWaitedCount();
        learner.interrupt();
        while (learner.isAlive() && !reacted.getAsBoolean()) {
            var now = THREADS.getThreadInfo(learner.threadId(), 0);
            if (now != null && now.getWaitedCount() > waits && (now.getThreadState() == Thread.State.WAITING
                    || now.getThreadState() == Thread.State.TIMED_WAITING)) return;
            Thread.onSpinWait();
        }
    }

    /**
     * Interrupts one task thread waiting for a permit (none if only your own thread waits, as when it takes the
     * permits itself before starting each thread). Every permit is held by a task at the gate, so an interruptible acquire() can only
     * end by throwing: the test waits until that thread has left the semaphore's queue, and only then opens the gate.
     * A thread in acquireUninterruptibly() stays in the queue, keeps waiting, and later runs its task normally.
     */
    private void interruptAWaiter(WatchedSemaphore semaphore) {
        if (semaphore == null) return;
        Thread waiter = null;
        for (var t : semaphore.queued()) if (t != learner) waiter = t;
        if (waiter == null && semaphore.queued().contains(learner)) {
            // your own thread takes each task's permit before starting it: interrupt it there; it reacts by leaving the
            // queue (acquire() threw) or by waiting again (acquireUninterruptibly(), or a loop that acquires again)
            interruptedTheCaller = true;
            interruptAndAwaitItsReaction(() -> !semaphore.queued().contains(learner));
            return;
        }
        if (waiter == null) return;
        waiter.interrupt();
        interruptedAWaiter = true;
        interruptedWaiter = waiter;
        while (semaphore.queued().contains(waiter) && !LearnerThread.inFrame(waiter, "java.util.concurrent.Semaphore", "acquireUninterruptibly")) {
            Thread.onSpinWait();
        }
    }

    /**
     * Your thread waits in awaitTermination of a thread-per-task executor that was never shut down, with every task done and
     * every task's thread ended. Decided without the clock, from the termination latch it is parked on: a shut-down
     * executor counts that latch down when its last thread has run its task, before that thread ends; so a latch not
     * counted down by then never will be.
     */
    private boolean awaitsAnExecutorThatCannotTerminate(Tasks tasks) {
        var waiter = interruptedWaiter; // its acquire() threw: its task never ran (unless it waited uninterruptibly)
        int neverRan = waiter != null && !tasks.threads.contains(waiter) ? 1 : 0;
        if (tasks.finished.get() + neverRan < tasks.size) return false;
        if (!LearnerThread.inFrame(learner, "java.util.concurrent.ThreadPerTaskExecutor", "awaitTermination")) return false;
        for (var t : tasks.threads) if (t.getState() != Thread.State.TERMINATED) return false;
        if (neverRan == 1 && waiter.getState() != Thread.State.TERMINATED) return false;
        return exercises.support.LearnerThread.parkedOnALatchNotCountedDown(learner);
    }

    /**
     * No virtual thread started during the run is alive but the tasks' own (read from the JDK's thread containers,
     * which list a started virtual thread before it has run a line: see LiveThreads). False where they cannot be read,
     * and when a task ran on a platform thread: those containers list only virtual threads.
     */
    private static boolean noThreadOnItsWay(Tasks tasks, Set<Long> liveBefore) {
        if (tasks.threads.isEmpty() || !tasks.threads.stream().allMatch(Thread::isVirtual)) return false;
        var live = workbook.testkit.LiveThreads.startedSince(liveBefore, tasks.threads);
        return live != null && live.isEmpty();
    }

    /**
     * In the middle of starting a thread (a virtual thread's start may park for a moment, handing it to the scheduler) or
     * of loading a class: a pause on the way, not a wait of the learner's. Code that never waits returned early on some runs
     * and was found "waiting" on others.
     */
    private static boolean startingAThread(Thread t) {
        return LearnerThread.inFrame(t, "java.lang.Thread", "start") || LearnerThread.inFrame(t, "java.lang.VirtualThread", "start")
                || LearnerThread.inFrame(t, "java.lang.VirtualThread", "submitRunContinuation")
                || LearnerThread.inFrame(t, "java.lang.ClassLoader", "loadClass");
    }

    private static boolean isBlocked(Thread t) {
        var s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED;
    }

    private void returnedNormally(Run r) {
        if (r.thrown() instanceof UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        }
        if (awaitedWithoutShutdown) {
            throw new AssertionError("Every task had ended, but your thread still waited in awaitTermination of an executor that"
                    + " was never shut down: such an executor waits for more tasks, so it never terminates, and awaitTermination"
                    + " can only wait out its whole timeout (the test interrupted it). Call shutdown() before awaitTermination, or"
                    + " let try-with-resources close() the executor: close() shuts it down and waits.\n  " + Lesson.SHUTDOWN_IS_NOT_WAITING, r.thrown());
        }
        if (r.thrown() != null && carriesInterrupt(r.thrown())) {
            throw new AssertionError("Your code threw " + r.thrown() + ": an InterruptedException, not a task's own failure. Your"
                    + " thread, or one waiting in acquire(), was interrupted; here nothing interrupted them but the end of your own"
                    + " code. Wait for every thread to end before returning.\n  " + Lesson.SEMAPHORE, r.thrown());
        }
        if (r.thrown() != null) {
            throw new AssertionError("Your code threw " + r.thrown() + " instead of returning normally. A task's exception must not"
                    + " stop the others or leave your method before they have all ended.", r.thrown());
        }
    }

    private static boolean carriesInterrupt(Throwable t) {
        return carries(t, c -> c instanceof InterruptedException);
    }

    /** Whether {@code t}, its cause at any depth, or one of their suppressed exceptions is what {@code wanted} looks for. */
    private static boolean carries(Throwable t, java.util.function.Predicate<Throwable> wanted) {
        if (t == null) return false;
        if (wanted.test(t)) return true;
        for (var s : t.getSuppressed()) if (carries(s, wanted)) return true;
        return t.getCause() != t && carries(t.getCause(), wanted);
    }

    /** Throwing the task's own failure, once every task has ended, is a fair way to report it. */
    private static boolean reportedTheFailureAfterAll(Run r) {
        return r.thrown() != null && r.unfinishedWhenReturned() == 0 && carriesTheTaskFailure(r.thrown());
    }

    private static boolean carriesTheTaskFailure(Throwable t) {
        return carries(t, c -> (c instanceof IllegalStateException || c instanceof TaskFailedError)
                && String.valueOf(c.getMessage()).contains("failed on purpose"));
    }

    /** If a semaphore was made with more permits than the limit: the message that says so. */
    private java.util.Optional<String> tooManyPermits(int limit) {
        for (var sem : semaphores.made) {
            if (sem.permitsMade > limit) {
                return java.util.Optional.of("Your semaphore was made with " + sem.permitsMade + " permits (newSemaphore.apply("
                        + sem.permitsMade + ")), more than the limit of " + limit + ": each permit lets one more task run at once,"
                        + " so too many tasks ran at the same time. Make it with exactly newSemaphore.apply(limit).");
            }
        }
        return java.util.Optional.empty();
    }

    private void heldAtTheLimit(Run r, int size, int limit) {
        reachedTheLimit(r, size, limit);
        int never = 0;
        for (int i = 0; i < size; i++) if (r.tasks().runs.get(i) == 0) never++;
        if (never > 0) throw new AssertionError(never + " of " + size + " tasks never ran; run every task you are given.");
    }

    /** The held run ended with the other tasks waiting for a permit; any other verdict is explained. */
    private void reachedTheLimit(Run r, int size, int limit) {
        returnedNormally(r);
        switch (r.verdict()) {
            case OVER_LIMIT -> throw new AssertionError(r.tasks().mostInside.get() + " tasks were running at once; the limit is " + limit
                    + ". " + tooManyPermits(limit).orElse("Take a permit (acquire()) before a task runs and give it back (release())"
                    + " after it, on one semaphore made with newSemaphore.apply(limit).") + "\n  " + Lesson.SEMAPHORE);
            case RETURNED_EARLY -> throw new AssertionError(VirtualExpect.nothingWaited("Your method returned",
                    r.unfinishedWhenReturned(), size));
            case NO_SEMAPHORE -> throw new AssertionError("Your thread was waiting with " + r.insideAtVerdict() + " of " + size
                    + " tasks inside, but no Semaphore was ever made with the newSemaphore function you were given. Limit the"
                    + " tasks with newSemaphore.apply(limit): acquire() before each task, release() after it. A pool of "
                    + limit + " threads limits them too, but then tasks wait in a queue for a thread instead of each having its own.\n  "
                    + Lesson.SEMAPHORE);
            case QUEUED_FOR_A_THREAD -> {
                int waiting = size - r.insideAtVerdict();
                throw new AssertionError(waiting + " of " + size + " tasks " + (waiting == 1 ? "was" : "were") + " waiting, but not"
                        + " for a permit: " + r.insideAtVerdict() + " held the permits and none waited in the semaphore. The others"
                        + " were queued for a thread, as in a pool: your tasks ran on the workers of a thread pool, so a task"
                        + " starts only when a worker is free. Give every task a virtual thread of its own"
                        + " (newVirtualThreadPerTaskExecutor(), or Thread.ofVirtual().start), and let that thread wait for a permit:"
                        + " the semaphore is the limit, not the number of threads.\n  " + Lesson.DO_NOT_POOL);
            }
            case RETURNED_BEFORE_THE_HELD_TASK -> throw new AssertionError(timedWait != null
                    ? "Your method returned while task" + r.tasks().held + " was still running: your thread waited for it with a"
                    + " timeout (" + timedWait + "), the time ran out first, and your code went on. A timed wait tells you whether"
                    + " the work ended (join(Duration) and awaitTermination return false when the time ran out): wait again until"
                    + " it says the work is done, or wait without a timeout (close() the executor, join() the thread).\n  "
                    + Lesson.AWAIT_RESULT
                    : "Your method returned while task" + r.tasks().held
                    + " was still running: the test let every other task go and held that one until your thread waited for it, and"
                    + " it never did. So you waited for some tasks, not all: join() every thread you started, or close the executor"
                    + " that runs them.\n  " + Lesson.VIRTUAL_DAEMONS);
            case RAN_ON_YOUR_THREAD -> throw new AssertionError("A task ran on your own thread, the one that called runLimited:"
                    + " your loop ran the tasks itself, one after another, so never more than one was running, whatever the limit ("
                    + limit + "). Give every task a virtual thread of its own (newVirtualThreadPerTaskExecutor(), or"
                    + " Thread.ofVirtual().start), let that thread take a permit, and wait for all of them after the loop.\n  "
                    + Lesson.SEMAPHORE);
            case ONE_AFTER_ANOTHER -> throw new AssertionError("Your thread joined the thread of one task before starting the next:"
                    + " only one task was running, though the limit is " + limit + ", and the next could start only once that one"
                    + " had ended. Start every task's thread first, and join them in a loop of their own after that (or submit"
                    + " them all to newVirtualThreadPerTaskExecutor() in try-with-resources).\n  " + Lesson.SEMAPHORE);
            case QUIESCENT -> { }
        }
    }

    @ParameterizedTest(name = "the task let go last is the {0} one")
    @EnumSource(HeldAt.class)
    void neverMoreThanTheLimitAtOnceAndWaitsForEveryTask(HeldAt last) throws InterruptedException {
        var r = run(20, 3, -1, true, false, last.index(20));
        heldAtTheLimit(r, 20, 3);
        checkOneSemaphore();
    }

    /**
     * A timed wait of your own (join(millis), your executor's awaitTermination) times out at once while the work is
     * unfinished, whatever its timeout (OwnWaits), and past those the task let go last is held through such waits for 4.15 s:
     * going on when the time is up, even after more tries, is caught.
     */
    @ParameterizedTest(name = "the task let go last is the {0} one, your timed waits time out")
    @EnumSource(HeldAt.class)
    void aTimedWaitOfYourOwnThatRunsOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        outwaitTimedWaits = true;
        var r = run(20, 3, -1, true, false, held.index(20));
        if (!OwnWaits.timedOut().isEmpty()) {
            if (r.thrown() != null && !(r.thrown() instanceof UnsupportedOperationException) && !carriesInterrupt(r.thrown())) {
                return; // it saw its wait time out and stopped with an exception: it said so
            }
            if (r.verdict() == Verdict.RETURNED_EARLY || r.verdict() == Verdict.RETURNED_BEFORE_THE_HELD_TASK || r.unfinishedWhenReturned() > 0) {
                throw new AssertionError(Expect.ownTimedOutMessage());
            }
        }
        heldAtTheLimit(r, 20, 3);
    }

    @Test
    void aLimitOfOneRunsOneTaskAtATime() throws InterruptedException {
        var r = run(5, 1, -1, true);
        heldAtTheLimit(r, 5, 1);
        checkOneSemaphore();
    }

    @Test
    void runsEveryTaskOnAVirtualThreadOfItsOwn() throws InterruptedException {
        // Held until the rest wait for a permit: code that does not wait returns while they are held, on every run (unheld,
        // the tasks sometimes all ended first and it passed); task29 is let go only once your thread waits for it, so code
        // that waits for all but the last fails here on every run too.
        var r = run(30, 4, -1, true, false, 29);
        returnedNormally(r);
        if (r.verdict() == Verdict.RETURNED_EARLY) {
            throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", r.unfinishedWhenReturned(), 30));
        }
        if (r.unfinishedWhenReturned() > 0) {
            throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", r.unfinishedWhenReturned(), 30));
        }
        VirtualExpect.oneVirtualThreadPerTask(r.tasks().threads, 30);
    }

    @ParameterizedTest(name = "a failing task gives its permit back (it throws {0})")
    @ValueSource(strings = {"an exception", "an Error"})
    void aFailingTaskGivesItsPermitBack(String what) throws InterruptedException {
        failWithAnError = what.equals("an Error");
        // Held, with task5 let go last (only once your thread waits for it): code that leaves at task1's failure leaves
        // while task5 is unfinished on every run, not only when the others happen to be slower than your thread.
        var r = run(6, 2, 1, true, false, 5);
        if (!reportedTheFailureAfterAll(r)) returnedNormally(r);
        if (r.verdict() != Verdict.QUIESCENT && r.verdict() != Verdict.RETURNED_BEFORE_THE_HELD_TASK) heldAtTheLimit(r, 6, 2);
        if (r.unfinishedWhenReturned() > 0) {
            // Counted permits mean nothing while tasks still run: say what really happened.
            throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", r.unfinishedWhenReturned(), 6));
        }
        var semaphore = semaphores.first();
        if (semaphore == null) {
            throw new AssertionError("No Semaphore was made with the newSemaphore function you were given.\n  " + Lesson.SEMAPHORE);
        }
        tasksDoneWithTheirPermits(r.tasks());
        var tooMany = tooManyPermits(2);
        if (tooMany.isPresent()) throw new AssertionError(tooMany.get() + "\n  " + Lesson.SEMAPHORE);
        if (semaphore.availablePermits() > 2) {
            throw new AssertionError("After every task had ended, the semaphore had " + semaphore.availablePermits()
                    + " permits, more than the limit of 2: it was made with too many, or a permit was given back that was never"
                    + " taken. Make it with newSemaphore.apply(limit), and release only after an acquire() that succeeded.\n  "
                    + Lesson.SEMAPHORE);
        }
        int yours = permitsYourThreadKept(semaphore, r.tasks());
        if (semaphore.availablePermits() < 2 && yours > 0) {
            throw new AssertionError("After every task had ended, the semaphore had " + semaphore.availablePermits()
                    + " permit(s) instead of 2: your own thread had taken " + yours + " and never gave them back. Taking every"
                    + " permit is not a way to wait for the tasks: a timed tryAcquire can give up with none taken while tasks"
                    + " still run (the test makes the first ones time out), and what it takes stays taken, which lowers the limit"
                    + " for whoever uses the semaphore next. Wait for the tasks themselves (join() every thread, or close() the"
                    + " executor), and give back every permit you take.\n  " + Lesson.SEMAPHORE);
        }
        if (semaphore.availablePermits() != 2) {
            throw new AssertionError("After every task had ended, the semaphore had " + semaphore.availablePermits()
                    + " permit(s) instead of 2: task1 threw " + (failWithAnError ? "an Error (not an Exception: a catch of"
                    + " Exception or RuntimeException does not see it)" : "an exception") + ", and its permit was never given"
                    + " back. Release in a finally block, so a task that throws anything still returns its permit; otherwise"
                    + " every failure lowers the limit for good.\n  "
                    + Lesson.SEMAPHORE);
        }
        int ran = r.tasks().finished.get();
        if (ran != 6) throw new AssertionError("Only " + ran + " of 6 tasks ran: one task's failure must not stop the others.");
    }

    /**
     * Task0 fails at once, before your code gets task1 from the list (see {@link FirstFailsFirst}): every task must still
     * run. Stopping to start tasks once one has failed is as wrong as stopping those already running.
     */
    @Test
    void aFailureStopsNoTaskNotYetStarted() throws InterruptedException {
        firstFailsFirst = true;
        // The others are held until your thread waits (or returns): code that returns at the failure, leaving them
        // running, fails on every run, not only when they happen to be slow.
        var r = run(6, 2, 0, true, false, 5); // task5 is let go only once your thread waits for it
        if (!reportedTheFailureAfterAll(r)) returnedNormally(r);
        int never = 0;
        for (int i = 0; i < 6; i++) if (r.tasks().runs.get(i) == 0) never++;
        if (never > 0) {
            throw new AssertionError("task0 threw an exception before your code had started the other tasks (the test let your"
                    + " code take task1 from the list only once task0 had failed), and " + never + " of 6 tasks never ran: a"
                    + " task's failure must not stop the tasks not yet started either. Start every task whatever happened to"
                    + " the others, then wait for them all (close() the executor), and only then report the failure, if you"
                    + " report it.\n  " + Lesson.SEMAPHORE);
        }
        if (r.unfinishedWhenReturned() > 0) {
            throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", r.unfinishedWhenReturned(), 6));
        }
    }

    /**
     * One task fails while the others are held; only once its thread is done with it are the others let go, and one of them
     * is held until your thread waits for it. The failing task is the lowest-numbered one inside with the last task held
     * (code that gets the futures in order sees the failure first), or the highest-numbered one with the first task held.
     * Going on waiting for the others is right, and so is throwing that failure once every task has ended; stopping the
     * others (shutdownNow(), cancel(true), a flag the tasks check) or leaving as soon as the failure is seen is not.
     */
    @ParameterizedTest(name = "the {0}-numbered task inside fails first, task{1} is let go last")
    @CsvSource({"LOWEST, 19", "HIGHEST, 0"})
    void aFailingTaskStopsNoOtherTask(FailFirst which, int held) throws InterruptedException {
        failFirst = which;
        var r = run(20, 3, -1, true, false, held);
        if (r.thrown() instanceof UnsupportedOperationException) returnedNormally(r);
        if (r.verdict() != Verdict.QUIESCENT && r.verdict() != Verdict.RETURNED_BEFORE_THE_HELD_TASK) heldAtTheLimit(r, 20, 3);
        String failed = "task" + r.tasks().failing + " threw an exception (the test made it fail first, while the others were held)";
        int stopped = r.tasks().interruptedAtTheGate.get();
        if (stopped > 0) {
            throw new AssertionError(failed + ", and then " + stopped + " of the other tasks " + (stopped == 1 ? "was" : "were")
                    + " interrupted while they were still running: your code stopped them (shutdownNow() or cancel(true) interrupts"
                    + " every running task). A task's failure must not stop the others: keep waiting for every task (close() the"
                    + " executor, or get() every future and catch ExecutionException for each), then report the failure if you"
                    + " like.\n  " + Lesson.SEMAPHORE, r.thrown());
        }
        int never = 0;
        for (int i = 0; i < 20; i++) if (r.tasks().runs.get(i) == 0) never++;
        if (r.verdict() == Verdict.RETURNED_BEFORE_THE_HELD_TASK || r.unfinishedWhenReturned() > 0 || never > 0) {
            int unfinished = r.unfinishedWhenReturned();
            String what = never > 0 ? never + " of 20 tasks never ran"
                    : "your method " + (r.thrown() == null ? "returned" : "threw " + r.thrown()) + " while " + unfinished
                    + " of 20 tasks " + (unfinished == 1 ? "was" : "were") + " still running (task" + held
                    + " was held by the test until your thread waited for it)";
            throw new AssertionError(failed + ", and " + what + ". Seeing one failure is no reason to"
                    + " stop waiting, nor to stop the others: a task's failure must not stop the others. Wait for every task"
                    + " (close() the executor, or catch each ExecutionException and go on to the next future), and only then"
                    + " throw the failure, if you report it.\n  " + Lesson.SEMAPHORE, r.thrown());
        }
        if (reportedTheFailureAfterAll(r)) r = new Run(r.tasks(), r.verdict(), r.insideAtVerdict(), 0, null);
        heldAtTheLimit(r, 20, 3);
        checkOneSemaphore();
    }

    @Test
    void anInterruptedWaitForAPermitGivesNoPermitBack() throws InterruptedException {
        var r = run(5, 2, -1, true, true, -1);
        if (interruptedTheCaller && !(r.thrown() instanceof UnsupportedOperationException)) {
            // Your own thread took the permits before starting each task, and was interrupted while it waited for one.
            int neverRan = 0;
            for (int i = 0; i < r.tasks().size; i++) if (r.tasks().runs.get(i) == 0) neverRan++;
            var early = r.thrown() == null && !flagSetAtReturn && neverRan > 0 ? "Your method returned normally, but " + neverRan
                    + " of " + r.tasks().size + " tasks never ran (waiting in acquire() for a permit to start the next task, your"
                    + " thread was interrupted, and " + (neverRan == 1 ? "that task was" : "those tasks were") + " dropped without a"
                    + " word)" : null;
            InterruptExpect.respected(r.thrown(), flagSetAtReturn, early, r.thrown() == null && neverRan == 0, null, "tasks");
        }
        // The interrupted thread's acquire() threw, so its task never ran: reporting that InterruptedException is fair.
        if (r.thrown() != null && carriesInterrupt(r.thrown())) r = new Run(r.tasks(), r.verdict(), r.insideAtVerdict(), 0, null);
        if (r.thrown() != null && interruptedAWaiter && !(r.thrown() instanceof UnsupportedOperationException)) {
            throw new AssertionError("Your code threw " + r.thrown() + ". No task failed in this test: the test interrupted a thread"
                    + " while it waited in acquire() for a permit, acquire() threw InterruptedException, and your code turned that"
                    + " into an exception that does not carry it (not even as its cause), so your caller sees what looks like a"
                    + " task's failure. Let the InterruptedException out, or wrap it with it as the cause"
                    + " (new RuntimeException(e)), so an interrupt can be told from a failed task.\n  " + Lesson.SEMAPHORE, r.thrown());
        }
        reachedTheLimit(r, 5, 2);
        checkOneSemaphore();
        var semaphore = semaphores.first();
        // (A thread that waited on in acquireUninterruptibly() ran its task with a permit: the count is right then.)
        if (semaphore.availablePermits() > 2 && interruptedWaiter != null && r.tasks().threads.contains(interruptedWaiter)) {
            throw new AssertionError("A task ran without a permit, and the limit went up: after every task had ended, the semaphore"
                    + " had " + semaphore.availablePermits() + " permits instead of 2. The test interrupted a thread while it waited"
                    + " in acquire(); acquire() threw InterruptedException without taking a permit, your code caught it and ran the"
                    + " task anyway, and then released a permit it never had. An interrupted acquire() means: do not start. Let the"
                    + " InterruptedException end that thread (or keep waiting for a permit, acquireUninterruptibly()), and release"
                    + " only a permit you took: permits.acquire(); try { task.run(); } finally { permits.release(); }\n  "
                    + Lesson.SEMAPHORE);
        }
        long threads = semaphore.threadsThatGaveBackMore();
        if (semaphore.availablePermits() > 2 && interruptedWaiter != null && semaphore.heldBy(interruptedWaiter) >= 0 && threads > 0) {
            throw new AssertionError("A permit was given back that was never taken: after every task had ended, the semaphore had "
                    + semaphore.availablePermits() + " permits instead of 2, and " + threads + " thread(s) had given back more"
                    + " permits than they took (not the one the test interrupted in acquire(), which gave back none). Give back"
                    + " exactly one permit per acquire() that succeeded: look for a second release(), in the try and again in a"
                    + " finally: permits.acquire(); try { task.run(); } finally { permits.release(); }\n  " + Lesson.SEMAPHORE);
        }
        if (semaphore.availablePermits() > 2) {
            throw new AssertionError("A permit was given back that was never taken: after every task had ended, the semaphore had "
                    + semaphore.availablePermits() + " permits instead of 2. The test interrupted a thread while it waited in"
                    + " acquire(); acquire() threw InterruptedException without taking a permit, and your finally block released one"
                    + " anyway, so the limit went up by one. Call acquire() before the try, so an interrupted acquire() skips the"
                    + " finally: permits.acquire(); try { task.run(); } finally { permits.release(); }\n  " + Lesson.SEMAPHORE);
        }
    }

    /**
     * Your thread is interrupted while it waits for the held task. Waiting on (close() does, and sets the flag again) or
     * stopping and saying so (the InterruptedException leaves your method, or the flag is set again) is right;
     * returning quietly while that task still runs is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        interruptTheLearner = true;
        var r = run(20, 3, -1, true, false, HeldAt.MIDDLE.index(20));
        if (r.thrown() instanceof UnsupportedOperationException || !learnerInterrupted) {
            heldAtTheLimit(r, 20, 3);
            return;
        }
        boolean returned = r.thrown() == null;
        String early = returned && !flagSetAtReturn && r.unfinishedWhenReturned() > 0 ? "Your method returned while "
                + r.unfinishedWhenReturned() + " of 20 tasks " + (r.unfinishedWhenReturned() == 1 ? "was" : "were")
                + " still running (task" + r.tasks().held + " was held by the test)" : null;
        InterruptExpect.respected(r.thrown(), flagSetAtReturn, early, returned && r.unfinishedWhenReturned() == 0, null, "tasks");
    }

    /**
     * A task counts as ended before the code around it gives its permit back (in its finally block): so that permits are
     * counted only once every task's thread is done with its own, wait until none of them is still running (each has
     * ended, or waits for more work as a pool's worker does). A thread that keeps running after its task is not waited
     * for longer than a second: its permit is then counted as it is.
     */
    private static void tasksDoneWithTheirPermits(Tasks tasks) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
        while (tasks.threads.stream().anyMatch(t -> t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.BLOCKED)
                && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
    }

    /**
     * Permits your own thread took and kept: what it took, less what task threads gave back without having taken it
     * themselves (when your thread takes each task's permit before starting it, the task gives it back).
     */
    private int permitsYourThreadKept(WatchedSemaphore semaphore, Tasks tasks) {
        int kept = semaphore.heldBy(learner);
        for (var t : tasks.threads) if (t != learner) kept += Math.min(0, semaphore.heldBy(t));
        return kept;
    }

    private void checkOneSemaphore() {
        if (semaphores.made.size() > 1) {
            throw new AssertionError(semaphores.made.size() + " semaphores were made: one shared semaphore is the limit; a semaphore"
                    + " per task limits nothing.\n  " + Lesson.SEMAPHORE);
        }
    }
}
