package exercises.waitfortheworkers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exercises.support.Expect;
import exercises.support.GatedLines;
import exercises.support.HeldAt;
import exercises.support.HeldRun;
import exercises.support.InterruptExpect;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.PoolWork;
import exercises.support.ProcessExpect;
import exercises.support.RecordingOut;
import workbook.ch03.ProcessPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tasks run in real worker processes. One of them is held by the test (it waits at a gate the test owns)
 * until your thread is really waiting for it, in close() or in get() of its future; so printing too early
 * is caught every time, not just on unlucky runs. When your method returns, the test records whether every
 * pool's close() had finished (it finishes only after it saw every worker exit), so leaving workers running,
 * or killing them without waiting, is caught every time too.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class WaitForTheWorkersTest {

    private static final String FILE = exercises.support.Stub.file(WaitForTheWorkers.class);
    private static final String WAIT = "Wait for every task: close the pool (try-with-resources) or call get() on every future, before printing.";

    private PoolWork work;

    private record Run(HeldRun run, RecordingOut out) {}

    private Run runWith(int workers, int tasks) throws InterruptedException {
        return runWith(workers, new PoolWork(tasks, 5));
    }

    private Run runWith(int workers, PoolWork tasks) throws InterruptedException {
        work = tasks;
        var out = RecordingOut.counting(work::unfinishedInPools);
        var before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Runnable atReturn = () -> {
            work.atReturn();
            threadsAliveAtReturn = threadsStartedSince(before);
            closingAtReturn = threadsAliveAtReturn.stream().anyMatch(WaitForTheWorkersTest::inClose);
        };
        // Where the pool's timed gets time out, so do your own timed waits (a monitor's wait, a latch's await) and sleeps
        // in threads of yours (an alarm): see OwnWaits.
        OwnWaits.startRun(work.outwaitsTimedGets());
        HeldRun run;
        try {
            run = HeldRun.run(work.gate(), work::judgePoolWait, work::submitted, atReturn,
                    () -> WaitForTheWorkers.runAllThenPrint(work.pools(), workers, GatedLines.class, work.arguments(), "123", out));
        } finally {
            OwnWaits.endRun();
        }
        return new Run(run, out);
    }

    /** Platform threads your code started (not the pools' own, not the JDK's) alive when your method returned. */
    private volatile List<Thread> threadsAliveAtReturn = List.of();
    /** Whether one of them was inside a pool's close() then. */
    private volatile boolean closingAtReturn;

    private static List<Thread> threadsStartedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t != Thread.currentThread() && t.isAlive())
                .filter(t -> !t.getName().startsWith("process-pool-") && !t.getName().startsWith("process reaper"))
                // the JDK's own (a cleaner, a fork-join pool's workers, which idle on for a minute): never the learner's
                .filter(t -> !(t instanceof java.util.concurrent.ForkJoinWorkerThread)
                        && !t.getClass().getName().equals("jdk.internal.misc.InnocuousThread"))
                .toList();
    }

    private static boolean inClose(Thread t) {
        for (var f : t.getStackTrace()) {
            if (f.getClassName().equals(ProcessPool.class.getName()) && f.getMethodName().equals("close")) return true;
        }
        return false;
    }

    /**
     * close() called on a thread your code started, which was still running when your method returned. Decided without
     * the clock: the held task keeps the pool from terminating while your method runs (close() waits for it), and
     * once your method has returned (the test then lets the task go) the test joins the threads your code left running
     * and looks whether one of them closed the pool.
     */
    private void notClosedOnAnotherThread() throws InterruptedException {
        if (threadsAliveAtReturn.isEmpty()) return;
        for (var t : threadsAliveAtReturn) t.join();
        for (var p : work.poolsAtReturn()) {
            if (!p.terminated() && p.pool().isShutdown() && (!p.shutdown() || closingAtReturn)) {
                var names = threadsAliveAtReturn.stream().map(t -> "'" + t.getName() + "'").toList();
                throw new AssertionError("You called close() on another thread (" + String.join(", ", names) + ", started by your"
                        + " code), and your method did not wait for it: when your method returned, close() had not finished, and "
                        + p.alivePids().size() + " of " + p.workers() + " worker processes were still alive. close() waits for the"
                        + " tasks and the workers only on the thread that calls it. Close the pool on your own thread, before"
                        + " printing and returning (try-with-resources): close() returns only after every worker has exited.\n  "
                        + Lesson.CLOSE_ENDS_WORKERS);
            }
        }
    }

    @AfterEach
    void noProcessOutlivesTheTest() throws Exception {
        if (work != null) work.close();
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryTaskFinished(HeldAt held) throws Exception {
        var r = runWith(2, new PoolWork(5, 5, held));
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.usedTheGivenPools(work);
        ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.WAIT_FOR_WORKERS);
        ProcessExpect.allStartedBeforeWaiting(r.run(), work, "tasks", Lesson.WAIT_FOR_WORKERS);
    }

    /**
     * Timed get()s of an unfinished task run out at once, whatever their timeout, as any timed wait may: at least the
     * first 25 of each future, and until ten minutes of waiting have been asked for (PoolWork.outwaitingTimedGets). Code
     * that goes on when its time is up, or after a few more tries, without that task's output, is caught on every run;
     * a loop that waits again passes, and so does giving up with the TimeoutException before the final line. The held task is the first, a middle or the
     * last one, so a timed get() on only some of the futures (the last one, say) meets the held task too.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedGetThatRunsOutIsNotTakenAsTheEnd(HeldAt held) throws Exception {
        var r = runWith(2, new PoolWork(5, 5, held).outwaitingTimedGets());
        var ranOut = "your thread waited for a task's future with get(timeout), the time ran out while the task was still"
                + " running (the test made it run out at once, as any timed wait may: a slow worker, a busy machine)";
        if (work.timedGetRanOut() && causedBy(r.run().thrown(), TimeoutException.class)) {
            // Stopping with the TimeoutException is a fair answer to a timeout, as long as no final line claims the end.
            if (r.out().linesEqualTo("123").isEmpty()) return;
            throw new AssertionError("'123' was printed, and then your code threw a TimeoutException: " + ranOut + "."
                    + " Print the final line only once every task's get() has returned.\n  " + Lesson.AWAIT_RESULT);
        }
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.usedTheGivenPools(work);
        if ((work.timedGetHeld() || work.timedGetRanOut()) && !printedEveryTasksLines(r, 5).isEmpty()) {
            throw new AssertionError("Some tasks' lines are missing: " + ranOut + ", and your code went on"
                    + " without its output. A timed get() throws TimeoutException when the time is up, and the task goes on"
                    + " running. Use the answer: wait again until get() returns, or call get() without a timeout.\n  "
                    + Lesson.AWAIT_RESULT);
        }
        try {
            ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.WAIT_FOR_WORKERS);
        } catch (AssertionError early) {
            // a line printed while tasks were unfinished, after a timed wait (or a sleep) of your own ran out: name that one
            if (OwnWaits.timedOut().isEmpty() || !early.getMessage().startsWith("'123' was printed while")) throw early;
            var what = early.getMessage().split("\\. Wait for", 2)[0];
            throw new AssertionError(what + ".\n" + Expect.ownTimedOutMessage(), early);
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** The lines the tasks printed, checked: "" if they are all there, in task order; else what is wrong. */
    private String printedEveryTasksLines(Run r, int tasks) {
        var expected = new ArrayList<String>();
        for (int t = 0; t < tasks; t++) for (int i = 0; i < work.lines(); i++) expected.add("task" + t + " " + i);
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).filter(l -> l.startsWith("task")).toList();
        if (printed.equals(expected)) return "";
        return "Expected the " + expected.size() + " lines the tasks printed (" + work.lines() + " per task, task0 first), each"
                + " task's lines together and in task order; you printed " + printed.size() + " such lines"
                + (printed.isEmpty() ? "" : ", starting with '" + printed.getFirst() + "'") + ".";
    }

    @Test
    void printsWhatEveryTaskPrintedInTheOrderOfTheTasks() throws Exception {
        var r = runWith(2, 6);
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.usedTheGivenPools(work);
        var problem = printedEveryTasksLines(r, 6);
        var others = r.out().lines().stream().map(RecordingOut.Line::text).filter(l -> !l.startsWith("task") && !l.equals("123")).toList();
        if (problem.isEmpty() && !others.isEmpty()) {
            throw new AssertionError("Besides the tasks' lines and '123' you printed " + others.size() + " other line(s), e.g. '"
                    + others.getFirst() + "'. TaskResult.printed() already ends with a line break: print it as it is, with"
                    + " out.print(future.get().printed()), not out.println, which adds an empty line after every task.\n  "
                    + Lesson.OUTPUT_HANDED_BACK);
        }
        if (!problem.isEmpty()) {
            throw new AssertionError(problem + " A worker's printing comes back in TaskResult.printed(): print it with"
                    + " out.print(future.get().printed()), future by future.\n  " + Lesson.OUTPUT_HANDED_BACK);
        }
        assertEquals("123", r.out().lines().getLast().text(), "The last line must be the final line.");
    }

    @Test
    void leavesNoWorkerProcessAlive() throws Exception {
        var r = runWith(2, 5);
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.usedTheGivenPools(work);
        var workers = work.poolsMade().stream().flatMap(p -> p.everyWorker().stream()).toList();
        if (workers.isEmpty()) {
            throw new AssertionError("No pool was made with pools.apply(workers): the tasks must run in its worker processes.\n  " + Lesson.WAIT_FOR_WORKERS);
        }
        if (work.poolsMade().size() > 1) {
            throw new AssertionError("You made " + work.poolsMade().size() + " pools of worker processes for " + work.size() + " tasks:"
                    + " one pool, made once with pools.apply(workers), should run them all; its workers take the tasks in turn."
                    + " A pool per task starts a JVM per task again, which is what a pool is there to avoid.\n  "
                    + Lesson.WAIT_FOR_WORKERS);
        }
        for (var pool : work.poolsMade()) {
            if (pool.size() != 2) {
                throw new AssertionError("Your pool has " + pool.size() + " worker process(es), but you were asked for workers = 2: make it"
                        + " with pools.apply(workers), which is the number of processes that run the tasks side by side.\n  "
                        + Lesson.WAIT_FOR_WORKERS);
            }
        }
        notClosedOnAnotherThread();
        ProcessExpect.everyPoolClosedAtReturn(work, Lesson.CLOSE_ENDS_WORKERS);
        ProcessExpect.noProcessAlive(workers, "Close the pool (try-with-resources): close() waits for the tasks, then ends"
                + " every worker and waits until it has exited.", Lesson.CLOSE_ENDS_WORKERS);
    }

    /**
     * Your thread is interrupted while it waits for the held task (its get(), or close()). Stopping and saying so (the
     * InterruptedException leaves your method, or the flag is set again) or waiting on is right; printing the final line
     * while that task is unfinished is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws Exception {
        work = new PoolWork(4, 3);
        var out = RecordingOut.counting(work::unfinishedInPools);
        var run = HeldRun.interrupting(work.gate(), work::judgePoolWait, work::submitted, work::atReturn,
                () -> WaitForTheWorkers.runAllThenPrint(work.pools(), 2, GatedLines.class, work.arguments(), "123", out));
        if (run.thrown() instanceof UnsupportedOperationException || !run.interruptSent()) {
            ProcessExpect.returnedNormally(run, FILE);
            ProcessExpect.finalLineAfterEveryTask(run, out, work, "123", WAIT, Lesson.WAIT_FOR_WORKERS);
            return;
        }
        var finals = out.linesEqualTo("123");
        var early = finals.isEmpty() || finals.getFirst().unfinishedTasks() == 0 ? null : "'123' was printed while "
                + finals.getFirst().unfinishedTasks() + " of " + work.size() + " tasks had not finished in the worker processes";
        InterruptExpect.respected(run.thrown(), run.flagSetAtReturn(), early, !finals.isEmpty(), "the final line", "tasks");
        if (!finals.isEmpty()) ProcessExpect.finalLineAfterEveryTask(run, out, work, "123", WAIT, Lesson.WAIT_FOR_WORKERS);
    }

    @Test
    void moreTasksThanWorkersAreWaitedForToo() throws Exception {
        var r = runWith(2, 10);
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.usedTheGivenPools(work);
        ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.WAIT_FOR_WORKERS);
    }
}
