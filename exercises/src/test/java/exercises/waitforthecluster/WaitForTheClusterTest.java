package exercises.waitforthecluster;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.HeldThroughTimedWaits;
import exercises.support.HeldThroughTimers;
import exercises.support.InterruptExpect;
import exercises.support.LearnerThread;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import exercises.support.SpinMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import workbook.ch08.Cluster;
import workbook.ch08.Gate;
import workbook.ch08.HeldTask;

/**
 * Your code gets a real Hazelcast executor on a cluster of two members (both in the test's JVM, on 127.0.0.1).
 * One task, the straggler, is held by the test until your thread calls get() on its future, so printing before
 * every task has finished is caught on every run. The gate is a plain object in this JVM: that works because
 * every member runs here; tasks on other machines would need a cluster-wide primitive.
 * The cluster starts once for the whole class (starting members takes seconds), each test uses a new executor.
 */
@Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
class WaitForTheClusterTest {

    private static final String FILE = exercises.support.Stub.file(WaitForTheCluster.class);

    private static Cluster cluster;

    private final Gate straggler = Gate.create();
    private final Gate crowd = Gate.create();

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @AfterEach
    void releaseEveryTask() {
        straggler.remove();
        crowd.remove();
    }

    /** One run of the learner's code; {@code waitsBeforeLastLine}: get() calls made before the last line printed. */
    private record Run(int tasks, WatchedExecutor executor, RecordingOut out, Throwable thrown, int waitsBeforeLastLine,
                       Seen seen, boolean timerWentOff, boolean ownTimedWait, boolean timerPending, Thread learner, long returnedAt) {}

    /** What the learner's thread was seen doing while the straggler was held: napping (sleep) or spinning. */
    private enum Seen { WAITED, NAPPED, SPUN }

    /** In an interrupting run: whether your thread was interrupted, and whether its interrupt status was set when it returned. */
    private volatile boolean interruptSent;
    private volatile boolean flagSetAtReturn;

    private Run run(int size) throws Exception {
        return run(size, HeldAt.FIRST, false);
    }

    /** Task {@code held} is the straggler; with {@code adversaryTime}, the first timed get() of an unfinished task times out. */
    private Run run(int size, HeldAt held, boolean adversaryTime) throws Exception {
        return run(size, held, adversaryTime, false);
    }

    /**
     * With {@code interrupting}, the first time your thread waits for the straggler it is interrupted instead, and the
     * straggler is let go only once your thread has reacted: it waits again, or returns.
     */
    private Run run(int size, HeldAt held, boolean adversaryTime, boolean interrupting) throws Exception {
        crowd.open(); // only the straggler is held
        int heldIndex = held.index(size);
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < size; i++) tasks.add(new HeldTask("task" + i, i == heldIndex ? straggler : crowd));
        var real = cluster.member(0).getExecutorService("wait-for-the-cluster-" + UUID.randomUUID());
        var executor = adversaryTime ? WatchedExecutor.withAdversaryTime(real, straggler, tasks.get(heldIndex))
                : WatchedExecutor.around(real, straggler, tasks.get(heldIndex));
        var waitsBeforeLine = new AtomicInteger();
        var out = RecordingOut.counting(() -> { // read at the instant each line is printed
            waitsBeforeLine.set(executor.futuresWaitedOn());
            return size - straggler.finished() - crowd.finished();
        });
        var thrown = new Throwable[1];
        var returnedAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        var learner = new Thread(() -> {
            try {
                WaitForTheCluster.runOnCluster(executor.proxy(), List.copyOf(tasks), "123", out);
            } catch (Throwable t) {
                thrown[0] = t;
            } finally {
                flagSetAtReturn = Thread.currentThread().isInterrupted();
                returnedAt.set(System.nanoTime()); // a line another thread prints after this came after the return
            }
        }, "learner-main");
        learner.setDaemon(true);
        if (interrupting) executor.testLetsStragglerGo();
        var seen = Seen.WAITED;
        var ownTimedWaits = HeldThroughTimedWaits.many();
        // With adversary time, a CompletableFuture timer of yours (orTimeout, completeOnTimeout) pending while you wait for
        // the held task goes off first, as it would if that task were slow.
        // Without it, such a timer is only watched for: seen pending while your thread waits, it explains an early line.
        var timers = HeldThroughTimers.start(); // counts the timers set before your code starts
        boolean ownTimedWait = false; // held through a timed wait of your own
        boolean opened = false; // the straggler let go by this loop
        OwnWaits.startRun(adversaryTime); // a timed wait on an object of yours (a latch, allOf's future) times out at once
        try {
            learner.start();
            var spin = new SpinMeter(learner);
            long waitsAtInterrupt = -1;
            while (learner.isAlive()) { // the class's @Timeout ends a learner that never returns
                // A wait the test cannot see (allOf, a callback and a latch...): once every other task has ended and your thread
                // is blocked (not asleep), only the straggler can end that wait.
                // (Not while it is in get() of another task's future, nor before every other task's future has its answer: a
                // wait for one of those ends by itself, its reply may still be on its way.)
                // (In get() of the straggler's future: Hazelcast parks in its own code, which a nap check would take for a nap.)
                boolean waitsForStraggler = executor.inStragglersGet() && blocked(learner)
                        || crowd.finished() >= size - 1 && executor.othersAnswered() && !executor.inAnotherTasksGet()
                        && blockedNotSleeping(learner);
                if (waitsForStraggler && adversaryTime && !executor.inStragglersGet() && learner.getState() == Thread.State.TIMED_WAITING) {
                    // A timed wait of the learner's own (a latch's await(timeout), a future's get(timeout) of its making): the test
                    // cannot make it time out at once, so it holds the straggler through such waits, 4.15 s from the first.
                    var info = THREADS.getThreadInfo(learner.threadId(), 64); // deep enough for OwnWaits' frame
                    ownTimedWait = true;
                    if (info != null && !ownTimedWaits.letsGo(info)) waitsForStraggler = false;
                }
                if (waitsForStraggler && !opened && adversaryTime && !executor.inStragglersGet()) {
                    var info = THREADS.getThreadInfo(learner.threadId(), 0);
                    if (info != null && timers.holds(info.getWaitedCount())) waitsForStraggler = false;
                }
                if (!opened && !(waitsForStraggler && adversaryTime) && blocked(learner)) timers.watch();
                if (waitsForStraggler && !opened && interrupting && !executor.inInvokeAll()) {
                    // The first such wait is interrupted (not one inside the cluster's invokeAll, which opened the gate already
                    // and hides an interrupt in the futures it returns, whatever your code does); the straggler goes only once your thread has reacted by waiting again.
                    var info = THREADS.getThreadInfo(learner.threadId(), 0);
                    if (info != null && waitsAtInterrupt < 0) {
                        waitsAtInterrupt = info.getWaitedCount();
                        interruptSent = true;
                        learner.interrupt();
                    } else if (info != null && info.getWaitedCount() > waitsAtInterrupt) {
                        straggler.open();
                        opened = true;
                    }
                } else if (waitsForStraggler && !opened) {
                    straggler.open();
                    opened = true;
                }
                if (!opened && !executor.waitedOnStraggler()) {
                    // Napping (a sleep, or a poll of isDone() between sleeps) or spinning while the straggler is held: not a
                    // wait. Say so, interrupt the nap once, and let the straggler go, so that such a loop ends at once.
                    var state = learner.getState();
                    if ((state == Thread.State.TIMED_WAITING || state == Thread.State.WAITING) && napping(learner)) {
                        seen = Seen.NAPPED;
                        learner.interrupt();
                        straggler.open();
                        opened = true;
                    } else if (state == Thread.State.RUNNABLE && crowd.finished() >= size - 1 && spin.spunLongerThan(LearnerThread.SPIN_LIMIT)) {
                        seen = Seen.SPUN;
                        straggler.open();
                        opened = true;
                    } else if (state != Thread.State.RUNNABLE) {
                        spin.blocked();
                    }
                }
                learner.join(java.time.Duration.ofMillis(1)); // look again; no decision rests on this delay
            }
    } finally {
            OwnWaits.endRun(); // also when the test's @Timeout interrupts it: the next test's calls are real again
        }
        boolean timerWentOff = adversaryTime && timers.wentOff(!opened);
        straggler.open();
        for (var future : executor.futures()) {
            try {
                future.get(); // every task ends before the verdict, so none runs on into the next test
            } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the verdict below names the learner's mistake; a task's own failure (or its cancelling) is not it
            }
        }
        return new Run(size, executor, out, thrown[0], waitsBeforeLine.get(), seen, timerWentOff, ownTimedWait, timers.seenPending(),
                learner, returnedAt.get());
    }

    /** A nap of the learner's own (a sleep, a parkNanos it called), not a wait inside Hazelcast's futures (which park too). */
    private static boolean napping(Thread t) {
        var frames = t.getStackTrace();
        for (var f : frames) if (f.getClassName().startsWith("com.hazelcast.")) return false;
        return LearnerThread.napping(frames);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static boolean blockedNotSleeping(Thread t) {
        return blocked(t) && !LearnerThread.napping(t.getStackTrace());
    }

    private static boolean blocked(Thread t) {
        var state = t.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void returnedNormally(Run r) {
        var t = r.thrown();
        notNappingNorSpinning(r);
        if (t == null) return;
        if (t instanceof UnsupportedOperationException) {
            throw new AssertionError("Not started yet: " + t.getMessage() + "\n  Edit " + FILE, t);
        }
        if (t instanceof WatchedExecutor.CloseNeverReturned) {
            throw new AssertionError("You called close() on the IExecutorService (try-with-resources does that). On Hazelcast,"
                    + " close() never returns: it calls shutdown(), then awaitTermination in a loop until it returns true, and"
                    + " Hazelcast's awaitTermination returns false at once, every time. The test stopped it after "
                    + WatchedExecutor.CLOSE_AWAITS_BEFORE_STOPPING + " calls. Wait on every task's future instead, and leave the"
                    + " executor open: it belongs to the caller.\n  " + Lesson.CLOSE_NEVER_RETURNS, t);
        }
        throw new AssertionError("Your code threw " + t + " instead of returning normally.\n  Where it was thrown: ./learn check --verbose shows its stack trace;"
                + " a task's own exception reaches you through Future.get(), wrapped in an ExecutionException.", t);
    }

    /** Sleeping or spinning while a task was unfinished is not waiting for it, even when the final line comes out last. */
    private static void notNappingNorSpinning(Run r) {
        if (r.seen() == Seen.NAPPED) {
            throw new AssertionError(Expect.sleptWhile("a task was still running on the cluster (the test interrupted the nap)",
                    "on a busy cluster or a slow network the tasks take longer, and a loop that sleeps until isDone() turns true is"
                    + " a poll that notices the end only at its next wake-up. get() blocks until that task's result is back, and no"
                    + " longer: call it on every future.", Lesson.CLUSTER_FUTURES), r.thrown());
        }
        if (r.seen() == Seen.SPUN) {
            throw new AssertionError("Your thread used " + LearnerThread.SPIN_LIMIT.toSeconds() + " s of CPU time without blocking while"
                    + " a task was still running on the cluster: a loop that asks isDone() until it is true is busy-waiting. Call get()"
                    + " on every future instead: it blocks until that task's result is back.\n  " + Lesson.CLUSTER_FUTURES, r.thrown());
        }
    }

    private static void finalLineAfterEveryTask(Run r) {
        var finals = r.out().linesEqualTo("123");
        if (finals.isEmpty()) {
            throw new AssertionError("'123' was never printed to the output you were given (out). Print it with"
                    + " out.println(finalLine) after the tasks: a task's System.out is the console of the member that runs it.");
        }
        if (finals.size() > 1) {
            throw new AssertionError("'123' was printed " + finals.size() + " times; print it once, after every task.");
        }
        var line = finals.getFirst();
        if (line.thread() != r.learner() && line.at() > r.returnedAt()) {
            throw new AssertionError("'123' was printed by thread '" + line.thread().getName() + "' after your method had returned:"
                    + " the waiting and the final line were left to another thread, so your method returned before the work was"
                    + " done and its caller cannot tell when it is. Wait in the method itself (get() every future), then print.\n  "
                    + Lesson.CLUSTER_FUTURES);
        }
        if (line.unfinishedTasks() <= 0) return; // below 0 when a task ran more than once (submitToAllMembers)
        int n = line.unfinishedTasks();
        var msg = "'123' was printed while " + n + " of " + r.tasks() + " tasks " + (n == 1 ? "was" : "were")
                + " still running (or waiting to run) on the cluster.\n";
        var executor = r.executor();
        if (executor.called("awaitTermination")) {
            throw new AssertionError(msg + "You waited with awaitTermination: on a Hazelcast IExecutorService it returns false at once,"
                    + " without waiting (and isTerminated() only tells whether shutdown() was called). Wait on every task's future."
                    + "\n  executor calls: " + executor.callNames() + "\n  " + Lesson.AWAIT_DOES_NOT_WAIT);
        }
        if (!executor.timedOut().isEmpty() && executor.timedOut().getFirst().startsWith("invokeAll")) {
            throw new AssertionError(msg + "Your " + executor.timedOut().getFirst() + " came back with the unfinished tasks cancelled"
                    + " (the test made its time run out at once, as a slow network may, whatever the timeout), and your code went"
                    + " on as if every task had finished. Look at every future it returns (one that isCancelled() never finished),"
                    + " or call invokeAll without a timeout.\n  " + Lesson.CLUSTER_FUTURES);
        }
        if (!executor.timedOut().isEmpty()) {
            throw new AssertionError(msg + "Your " + executor.timedOut().getFirst() + " threw TimeoutException (the test made it time out,"
                    + " as a slow network may, whatever the timeout), and your code went on as if that task had finished. Use its"
                    + " answer: wait again for the same future, or stop and report it.\n  " + Lesson.CLUSTER_FUTURES);
        }
        if (r.timerWentOff()) {
            throw new AssertionError(msg + Expect.timerWentOffMessage((r.tasks() - n) + " of " + r.tasks() + " tasks had finished"));
        }
        if (!OwnWaits.timedOut().isEmpty()) throw new AssertionError(msg + Expect.ownTimedOutMessage());
        if (r.ownTimedWait()) {
            throw new AssertionError(msg + "Your thread waited with a timeout on something your code made (a future of its own, a"
                    + " latch), the test held a task until that time was up, and your code went on as if the work were done. A"
                    + " timed wait ends when its time is up, finished or not. Use what it tells you: wait again until the work is"
                    + " done, or wait without a timeout.\n  " + Lesson.CLUSTER_FUTURES);
        }
        if (r.waitsBeforeLastLine() > 0) {
            throw new AssertionError(msg + "You called get() on " + r.waitsBeforeLastLine() + " future(s), but not on every one:"
                    + " the task of a future you never waited on was still running. Tasks on a cluster finish in any order."
                    + "\n  " + Lesson.CLUSTER_FUTURES);
        }
        if (r.timerPending()) {
            throw new AssertionError(msg + Expect.timerPendingMessage((r.tasks() - n) + " of " + r.tasks() + " tasks had finished"));
        }
        throw new AssertionError(msg + "Nothing waited for the tasks before the print (executor calls: " + executor.callNames()
                + "). submit() sends a task to a member and returns at once; the future it returns is your only handle on"
                + " the result: call get() on every one before printing.\n  " + Lesson.CLUSTER_FUTURES);
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryTaskFinished(HeldAt held) throws Exception {
        var r = run(100, held, false);
        returnedNormally(r);
        finalLineAfterEveryTask(r);
    }

    /**
     * Timed waits on the cluster's futures (and invokeAll's) time out at once while their task runs, as on a slow network.
     * The held task is the first, one in the middle or the last one, so a timed wait on only some futures meets it too.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws Exception {
        var r = run(20, held, true);
        boolean timedOut = !r.executor().timedOut().isEmpty();
        if ((timedOut || !OwnWaits.timedOut().isEmpty()) && Expect.gaveUpLoudly(r.thrown(), r.out(), "123")) {
            return; // it noticed that time ran out and stopped, printing nothing: correct
        }
        if (r.executor().cancelled() > 0) {
            var why = timedOut ? "Your " + r.executor().timedOut().getFirst() + " timed out (the test made it, as a slow network may),"
                    + " and your code" : "Your code";
            throw new AssertionError(why + " cancelled " + r.executor().cancelled() + " task(s) through their futures. A timeout"
                    + " says the task is not done yet, nothing more: cancelling it throws its work away (and submitting it again"
                    + " starts that work over, or runs it twice if the first run goes on). Wait again on the same future.\n  "
                    + Lesson.CLUSTER_FUTURES);
        }
        returnedNormally(r);
        finalLineAfterEveryTask(r);
        int ran = straggler.started() + crowd.started();
        if (ran > r.tasks() && r.executor().called("submitToAllMembers")) {
            throw new AssertionError(ran + " task runs for " + r.tasks() + " tasks: submit each task once (submitToAllMembers runs"
                    + " it on every member of the cluster).\n  " + Lesson.CLUSTER_FUTURES);
        }
        if (ran > r.tasks()) {
            var why = timedOut ? "Your " + r.executor().timedOut().getFirst() + " timed out (the test made it, as a slow network may)"
                    : "A wait of yours with a time limit (a timer on a future, a timed get of your own) ran out while the test held a task";
            throw new AssertionError(ran + " task runs for " + r.tasks() + " tasks. " + why + ", and your code submitted the task"
                    + " again: but the first one was still running, so now it runs twice (a task that sends an e-mail sends two). A"
                    + " timeout says the task is not done yet, nothing more: wait again on the same future.\n  " + Lesson.CLUSTER_FUTURES);
        }
    }

    /**
     * Your thread is interrupted while it waits for the straggler. Stopping and saying so (the InterruptedException leaves
     * your method, or the flag is set again) or waiting on is right; printing while the straggler runs is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws Exception {
        var r = run(20, HeldAt.MIDDLE, false, true);
        if (r.thrown() instanceof UnsupportedOperationException || !interruptSent) {
            returnedNormally(r);
            finalLineAfterEveryTask(r);
            return;
        }
        var finals = r.out().linesEqualTo("123");
        var early = finals.isEmpty() || finals.getFirst().unfinishedTasks() <= 0 ? null : "'123' was printed while "
                + finals.getFirst().unfinishedTasks() + " of " + r.tasks() + " tasks had not finished on the cluster";
        InterruptExpect.respected(r.thrown(), flagSetAtReturn, early, !finals.isEmpty(), "the final line", "tasks");
        if (!finals.isEmpty()) finalLineAfterEveryTask(r);
    }

    @Test
    void submitsEveryTaskExactlyOnce() throws Exception {
        var r = run(100);
        returnedNormally(r);
        int handed = r.executor().tasksHandedIn();
        if (handed < r.tasks()) {
            throw new AssertionError((handed == 0 ? "None" : "Only " + handed) + " of the " + r.tasks() + " tasks went to the"
                    + " executor you were given (executor calls: " + r.executor().callNames() + "): the others ran somewhere"
                    + " else, such as a pool of your own in this JVM, not on the cluster. Submit every task to executor, the"
                    + " cluster's IExecutorService.\n  " + Lesson.CLUSTER_FUTURES);
        }
        int ran = straggler.started() + crowd.started();
        if (ran < r.tasks()) {
            throw new AssertionError("Only " + ran + " of " + r.tasks() + " tasks ran on the cluster: submit every task you are given.");
        }
        if (ran > r.tasks()) {
            throw new AssertionError(ran + " task runs for " + r.tasks() + " tasks: submit each task once (submitToAllMembers runs it on"
                    + " every member, and a task you submit again runs again).");
        }
    }

    @Test
    void leavesTheCallersExecutorRunning() throws Exception {
        var r = run(10);
        returnedNormally(r);
        if (r.executor().called("shutdown") || r.executor().called("shutdownNow")) {
            throw new AssertionError("You shut the executor down. A Hazelcast executor is shared: shutting it down stops it on every"
                    + " member, for every other caller of that name. It belongs to the caller here; wait on the futures instead."
                    + "\n  executor calls: " + r.executor().callNames() + "\n  " + Lesson.AWAIT_DOES_NOT_WAIT);
        }
        finalLineAfterEveryTask(r);
    }

    @Test
    void waitsWhenThereAreOnlyAFewTasks() throws Exception {
        var r = run(3);
        returnedNormally(r);
        finalLineAfterEveryTask(r);
    }
}
