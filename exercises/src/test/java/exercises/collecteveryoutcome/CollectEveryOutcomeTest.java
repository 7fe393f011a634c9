package exercises.collecteveryoutcome;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.Lesson;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tasks 5 and 80 throw (one unchecked, one checked exception); task 37 is held by the test until your thread
 * is really waiting for it. So a report printed before every task has finished is caught every time, and so is
 * a failure that never reaches the report.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class CollectEveryOutcomeTest {

    private static final String FILE = exercises.support.Stub.file(CollectEveryOutcome.class);
    private static final Map<Integer, Exception> TWO_FAILURES = Map.of(
            5, new IllegalStateException("file5.txt: permission denied"),
            80, new IOException("file80.txt: no such file"));

    private WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Workload work, RecordingOut out, LearnerRun run, Map<Integer, Exception> failing, List<String> expected) {}

    /** The line count task i reports when it succeeds. */
    private static int count(int i) {
        return 10 + i % 7;
    }

    private Run run(int size, int poolSize, Map<Integer, Exception> failing) throws InterruptedException {
        return run(size, poolSize, failing, HeldAt.MIDDLE.index(size));
    }

    /** Task {@code held} is held by the test until your thread waits for it. */
    private Run run(int size, int poolSize, Map<Integer, Exception> failing, int held) throws InterruptedException {
        return run(size, poolSize, failing, held, false);
    }

    /** With {@code interrupting}, your thread is interrupted the first time it really waits for the held task. */
    private Run run(int size, int poolSize, Map<Integer, Exception> failing, int held, boolean interrupting)
            throws InterruptedException {
        var out = RecordingOut.counting(() -> 0);
        var work = new Workload(size, 0, out, -1, held);
        if (interrupting) work.holdThroughInterrupts();
        out.countWith(work::unfinished);
        var tasks = new ArrayList<Callable<Integer>>();
        var expected = new ArrayList<String>();
        int lines = 0;
        for (int i = 0; i < size; i++) {
            var task = work.tasks().get(i);
            var failure = failing.get(i);
            int result = count(i);
            tasks.add(() -> {
                task.run();
                if (failure != null) throw failure;
                return result;
            });
            if (failure != null) expected.add("task " + i + " failed: " + failure.getMessage());
            else lines += result;
        }
        expected.add((size - failing.size()) + " succeeded, " + failing.size() + " failed, " + lines + " lines");
        expected.add("123");
        LearnerRun.LearnerCode code = () -> CollectEveryOutcome.runAndReport(pools, poolSize, List.copyOf(tasks), "123", out);
        // With adversary time, timed waits on objects of the learner's own (a CompletableFuture's get, a latch) are held
        // through too, for 4.15 s: the pools' own time out at once, those cannot be made to.
        var run = interrupting ? LearnerRun.interrupting(work, pools, code)
                : pools.time() == WatchedPool.Time.ADVERSARY ? LearnerRun.outwaitingTimedWaits(work, pools, code)
                : LearnerRun.run(work, pools, code);
        return new Run(work, out, run, failing, expected);
    }

    @Test
    void reportsEveryFailureAndTheSummaryAfterEveryTask() throws InterruptedException {
        reportIsCompleteAndOnTime(run(100, 50, TWO_FAILURES));
    }

    /** The held task is one that fails: code that waits only for the tasks that succeed misses its failure. */
    @Test
    void aFailureOfTheLastTaskToEndIsReportedToo() throws InterruptedException {
        reportIsCompleteAndOnTime(run(100, 50, TWO_FAILURES, 80));
    }

    /**
     * Task 5 fails and is held until your thread waits for it, so task 80's failure comes first: the report lists
     * failures in task order however they end.
     */
    @Test
    void failuresAreReportedInTaskOrderWhateverOrderTheyEndIn() throws InterruptedException {
        reportIsCompleteAndOnTime(run(100, 50, TWO_FAILURES, 5));
    }

    /**
     * Your timed waits on the pool or a future time out at once while the held task runs (the test makes them, as a
     * slow day may, whatever the timeout, also after many tries): a timed-out wait is not an outcome of the task.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = run(100, 50, TWO_FAILURES, held.index(100));
        Expect.timedWaitsRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
        if (r.out().linesEqualTo("123").isEmpty()) return; // it noticed that time ran out and stopped, printing nothing
        var timedOut = pools.created().stream().flatMap(p -> p.timedOut().stream()).findFirst();
        try {
            reportIsCompleteAndOnTime(r);
        } catch (AssertionError wrong) {
            if (timedOut.isEmpty()) throw wrong;
            throw new AssertionError("Your " + timedOut.get() + " timed out (the test made it time out at once, as a slow day may,"
                    + " whatever the timeout), and the report you printed afterwards is not the right one. A timed-out wait"
                    + " means the task is still running: it has not failed, it has not succeeded, it is not cancelled. Use the"
                    + " answer: wait again (in a loop) until it is done, or get() without a timeout.\n  " + Lesson.AWAIT_RESULT
                    + "\n  What was wrong with the report: " + wrong.getMessage(), wrong);
        }
    }

    @Test
    void withoutFailuresTheReportIsTheSummary() throws InterruptedException {
        reportIsCompleteAndOnTime(run(100, 50, Map.of()));
    }

    @Test
    void worksOnAPoolOfOneThread() throws InterruptedException {
        reportIsCompleteAndOnTime(run(10, 1, Map.of(0, new IllegalArgumentException("file0.txt: not a text file"),
                9, new IOException("file9.txt: no such file"))));
    }

    /**
     * Your thread is interrupted while it waits for the held task: keeping on waiting (close() does) or stopping and
     * saying so (the InterruptedException leaves your method, or the flag is set again) is right; a report printed
     * while that task is unfinished is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = run(100, 50, TWO_FAILURES, HeldAt.MIDDLE.index(100), true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
        if (r.out().linesEqualTo("123").isEmpty()) return; // it stopped and said so: what it printed before is not a report
        reportIsCompleteAndOnTime(r);
    }

    @Test
    void usesOnePoolForEveryTaskAndShutsItDown() throws InterruptedException {
        var r = run(100, 50, TWO_FAILURES);
        returned(r);
        Expect.onePoolOfSize(pools, 50);
        Expect.waitedForEveryTask(r.run(), r.work(), pools.created());
        Expect.everyTaskRanOnce(r.work(), pools.created());
        Expect.tasksRanOnThePool(r.run(), pools);
        Expect.poolShutDown(pools);
    }

    private void reportIsCompleteAndOnTime(Run r) {
        returned(r);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        for (var line : r.out().lines()) {
            if (line.unfinishedTasks() > 0) {
                throw new AssertionError("'" + line.text() + "' was printed while " + line.unfinishedTasks() + " of " + r.work().size()
                        + " tasks were still running (or waiting to run). Print nothing until every task has finished:"
                        + " collect the outcomes first (a list of failure lines, a count, a total), print the report at the end.\n  "
                        + Lesson.EVERY_OUTCOME);
            }
        }
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).toList();
        if (r.run().saw(LearnerRun.Seen.OWN_TIMER_WENT_OFF) && !printed.equals(r.expected())) {
            throw new AssertionError("The report should be:\n    " + String.join("\n    ", r.expected()) + "\n  Yours was:\n    "
                    + String.join("\n    ", printed) + "\n  " + Expect.timerWentOffMessage("part of the work was done"));
        }
        for (var failing : r.failing().entrySet()) {
            failureReported(r, printed, failing.getKey(), failing.getValue());
        }
        var summary = r.expected().get(r.expected().size() - 2);
        if (!printed.contains(summary)) {
            throw new AssertionError("The summary line should be '" + summary + "'. Your report was:\n    "
                    + String.join("\n    ", printed) + "\n  Count every success and every failure, and add up the counts of the"
                    + " tasks that succeeded (the value each get() returned).\n  " + Lesson.EVERY_OUTCOME);
        }
        if (!printed.equals(r.expected())) {
            throw new AssertionError("Every outcome is there, but the report should be exactly (failures in task order, then the"
                    + " summary, then '123'):\n    " + String.join("\n    ", r.expected()) + "\n  Yours was:\n    "
                    + String.join("\n    ", printed) + "\n  " + Lesson.EVERY_OUTCOME);
        }
    }

    private void failureReported(Run r, List<String> printed, int index, Exception failure) {
        var want = "task " + index + " failed: " + failure.getMessage();
        var prefix = "task " + index + " failed";
        var found = printed.stream().filter(l -> l.startsWith(prefix)).findFirst();
        if (found.isEmpty()) {
            var what = "task " + index + " threw " + failure + ", and the report does not say so: that failure was lost.";
            var pool = pools.created().isEmpty() ? null : pools.created().getFirst();
            if (pool != null && pool.calls().contains("execute")) {
                throw new AssertionError(what + " You handed tasks to execute(): a task that throws there kills its worker thread"
                        + " and its exception goes to that thread's uncaught-exception handler (which prints it to System.err),"
                        + " never back to you. submit() keeps it in the Future, and get() gives it to you.\n  " + Lesson.FAILURE_NOBODY_READS);
            }
            if (pool != null && pool.calls().contains("ExecutorCompletionService.submit")) {
                throw new AssertionError(what + " Your ExecutorCompletionService hands back every task's Future through take(), in the"
                        + " order they finish: take() once per task submitted (not one less), and call get() on each, catching its"
                        + " ExecutionException, so that no failure is left in a future nobody reads.\n  " + Lesson.EVERY_OUTCOME);
            }
            if (pool != null && !pool.futureGetCalled() && pool.calls().stream().noneMatch(c -> c.startsWith("invoke"))) {
                throw new AssertionError(what + " You never read the futures: submit() keeps a task's exception inside its Future"
                        + " until someone calls get(), and a Future nobody reads loses it silently.\n  " + Lesson.FAILURE_NOBODY_READS);
            }
            throw new AssertionError(what + " Every failed task needs a line 'task <i> failed: <message>'; catch ExecutionException"
                    + " around each get() on its own, so one failure does not hide the next.\n  " + Lesson.EVERY_OUTCOME);
        }
        var line = found.get();
        if (!line.equals(want)) {
            var wrapped = line.contains("ExecutionException") || line.contains(failure.getClass().getName());
            throw new AssertionError("The report says '" + line + "' but should say '" + want + "'."
                    + (wrapped ? " That is the message of the ExecutionException that wraps the failure; the task's own exception is"
                    + " its getCause(), and the report wants getCause().getMessage().\n  " + Lesson.GET_AND_FAILURES
                    : "\n  " + Lesson.EVERY_OUTCOME));
        }
    }

    /** The method returned normally; a failure that escaped it means the loop stopped at the first one. */
    private static void returned(Run r) {
        var t = r.run().thrown();
        if (t == null || t instanceof UnsupportedOperationException) {
            Expect.returnedNormally(r.run(), FILE);
            return;
        }
        for (var e = t; e != null; e = e.getCause()) {
            for (var failing : r.failing().entrySet()) {
                if (e == failing.getValue()) {
                    throw new AssertionError("Your method threw " + t + ": it stopped at the first failure (task " + failing.getKey()
                            + "), so every outcome after it was lost and no report was printed. A failed task is an outcome to"
                            + " record, not a reason to stop: catch ExecutionException around each get() on its own and go on"
                            + " with the next future.\n  " + Lesson.EVERY_OUTCOME, t);
                }
            }
            if (e.getCause() == e) break;
        }
        Expect.returnedNormally(r.run(), FILE);
    }
}
