package exercises.shutdownonfailure;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task 5 throws; task 37 is held by the test until your thread is really waiting for it. So giving up at the
 * first failure, while other tasks still run, is caught every time, and so is a failure that gets lost.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class ShutDownOnFailureTest {

    private static final String FILE = exercises.support.Stub.file(ShutDownOnFailure.class);
    private static final int FAILING = 5;

    private WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private Run run(int failingIndex) throws InterruptedException {
        return run(new Workload(100, 10, RecordingOut.counting(() -> 0), failingIndex));
    }

    private Run run(Workload work) throws InterruptedException {
        return run(work, false);
    }

    private Run run(Workload work, boolean interrupting) throws InterruptedException {
        var out = (RecordingOut) work.out();
        out.countWith(work::unfinished);
        var factory = pools;
        LearnerRun.LearnerCode code = () -> ShutDownOnFailure.runAllOrFail(factory, 50, work.tasks(), "123", out);
        // With adversary time, timed waits on objects of the learner's own (a CompletableFuture's get, a latch) are held
        // through too, for 4.15 s: the pools' own time out at once, those cannot be made to.
        var run = interrupting ? LearnerRun.interrupting(work, pools, code)
                : pools.time() == WatchedPool.Time.ADVERSARY ? LearnerRun.outwaitingTimedWaits(work, pools, code)
                : LearnerRun.run(work, pools, code);
        return new Run(work, out, run);
    }

    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0)).holdThroughInterrupts(), true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void withoutFailuresPrintsTheFinalLineAfterEveryTask(HeldAt held) throws InterruptedException {
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0), held));
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        Expect.onePoolOfSize(pools, 50);
        Expect.tasksRanOnThePool(r.run(), pools);
        Expect.poolShutDown(pools);
    }

    /** The failing task throws an exception, then an Error, which a catch of Exception or RuntimeException misses. */
    @ParameterizedTest(name = "a failed task is thrown to the caller (it throws {0})")
    @ValueSource(strings = {"an exception", "an Error"})
    void aFailedTaskIsThrownToTheCaller(String what) throws InterruptedException {
        var work = new Workload(100, 10, RecordingOut.counting(() -> 0), FAILING);
        if (what.equals("an Error")) work.failWithAnError();
        var r = run(work);
        notStub(r.run());
        if (!carriesTaskFailure(r.run().thrown())) {
            throw new AssertionError("task" + FAILING + " threw " + what + ", but " + (r.run().thrown() == null
                    ? "your method returned normally: the failure was lost."
                    : "your method threw " + r.run().thrown() + ", which does not carry it: the failure was lost.")
                    + " submit() keeps a task's exception inside its Future; get() rethrows it wrapped in an ExecutionException."
                    + " execute() would hand it to the worker thread instead, and your method would never see it (only a stack trace on System.err). Let it propagate."
                    + (what.equals("an Error") ? " An Error is not an Exception: a catch of Exception or RuntimeException lets it"
                    + " by; get() hands it over all the same, as the cause of its ExecutionException." : "") + "\n  "
                    + Lesson.SUBMIT_KEEPS_EXCEPTIONS);
        }
        if (!r.out().linesEqualTo("123").isEmpty()) {
            throw new AssertionError("'123' was printed although task" + FAILING + " failed; print it only when every task succeeded.");
        }
    }

    /**
     * The failing task is also the one the test holds: it fails last. It is the first task, one a little before the
     * middle, one in the middle or the last, so waiting only for the ones that succeed, or for some of the futures (the
     * first half, every other one, all but the first), misses it.
     */
    @ParameterizedTest(name = "the failing task, held, is task {0}")
    @ValueSource(ints = {0, 37, 50, 99})
    void aFailureOfTheLastTaskToEndIsThrownToo(int failing) throws InterruptedException {
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0), failing, failing));
        failureOfTheHeldTaskThrown(r, failing, "Wait for every future, including the ones still running, and let a"
                + " failure from get() propagate.");
    }

    private static void failureOfTheHeldTaskThrown(Run r, int failing, String advice) {
        notStub(r.run());
        if (!carriesTaskFailure(r.run().thrown())) {
            throw new AssertionError("task" + failing + " was held by the test until your thread waited for it, then it threw; but "
                    + (r.run().thrown() == null ? "your method returned normally" : "your method threw " + r.run().thrown())
                    + ", so that failure was lost. " + advice + "\n  " + Lesson.SUBMIT_KEEPS_EXCEPTIONS);
        }
        if (!r.out().linesEqualTo("123").isEmpty()) {
            throw new AssertionError("'123' was printed although task" + failing + " (the last to end) failed; print it only when"
                    + " every task succeeded.\n  " + Lesson.SUBMIT_KEEPS_EXCEPTIONS);
        }
    }

    /**
     * Your timed waits time out at once while the held task runs (the test makes them, as a slow day may); here the
     * held task is the one that fails, so a timed get whose TimeoutException is ignored loses its failure.
     */
    @ParameterizedTest(name = "the failing task, held, is task {0}")
    @ValueSource(ints = {37})
    void aTimedWaitThatTimesOutDoesNotLoseAFailure(int failing) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0), failing, failing));
        var timedOut = pools.created().stream().flatMap(p -> p.timedOut().stream()).findFirst();
        failureOfTheHeldTaskThrown(r, failing, timedOut.map(call -> "Your " + call + " timed out (the test made it time out"
                + " at once, as a slow day may, whatever the timeout) while task" + failing + " still ran, and your code went"
                + " on as if that task were fine. A timed-out get() says nothing about the task: wait again until it is done,"
                + " or get() without a timeout.").orElse("Wait for every future and let a failure from get() propagate."));
    }

    /**
     * Your thread is interrupted while it waits for the held task, which then fails. Keeping on waiting (and so throwing
     * its failure) or stopping and saying so passes; stopping to collect the futures and printing the final line anyway
     * loses the failure.
     */
    @Test
    void anInterruptWhileWaitingForAFailingTaskDoesNotLoseTheFailure() throws InterruptedException {
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0), FAILING, FAILING).holdThroughInterrupts(), true);
        notStub(r.run());
        if (!r.run().interruptSent() || carriesTaskFailure(r.run().thrown())) {
            // never interrupted, or it kept waiting and so got the failure: as without the interrupt
            failureOfTheHeldTaskThrown(r, FAILING, "Wait for every future and let a failure from get() propagate.");
            return;
        }
        if (!r.out().linesEqualTo("123").isEmpty()) {
            throw new AssertionError("Your thread was interrupted while it waited for task" + FAILING + " (the test interrupted it),"
                    + " and your code stopped collecting the futures but printed '123' anyway: task" + FAILING + " failed once it"
                    + " ended, and that failure was lost. When interrupted, either keep waiting (and so get the failure), or"
                    + " stop and say so without the final line: let the InterruptedException leave your method, or restore the"
                    + " flag and return.\n  " + Lesson.INTERRUPTS);
        }
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
    }

    /** The held task is the first, a middle or the last one: a timed wait on only some futures meets it too. */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = run(new Workload(100, 10, RecordingOut.counting(() -> 0), held));
        Expect.timedWaitsRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
    }

    @Test
    void everyOtherTaskFinishesBeforeTheFailureIsThrown() throws InterruptedException {
        var r = run(FAILING);
        notStub(r.run());
        int running = r.run().unfinishedWhenDone();
        if (running > 0) {
            throw new AssertionError("Your method ended while " + running + " of 100 tasks were still running (or waiting to run): it gave up"
                    + " at the first failure without waiting for the rest. Make sure the pool is shut down and waited for on every path,"
                    + " e.g. get() the futures inside a try-with-resources block, whose close() waits even when get() throws.\n  "
                    + Lesson.WAITING);
        }
        Expect.everyTaskRanOnce(r.work(), pools.created());
    }

    /**
     * A task fails early while another one is held, and your timed waits time out at once while it runs (the test makes
     * them, as a slow day may, whatever the timeout): a timed wait on the failure path whose answer is ignored leaves that
     * task running when the method throws.
     */
    @Test
    void aTimedWaitThatTimesOutAfterAFailureDoesNotLeaveTasksRunning() throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = run(FAILING);
        notStub(r.run());
        int running = r.run().unfinishedWhenDone();
        if (running > 0) {
            var timedOut = java.util.stream.Stream.concat(pools.created().stream().flatMap(p -> p.timedOut().stream()),
                    OwnWaits.timedOut().stream()).findFirst();
            throw new AssertionError("Your method ended " + (r.run().thrown() == null ? "" : "(throwing " + r.run().thrown() + ") ")
                    + "while " + running + " of 100 tasks " + (running == 1 ? "was" : "were") + " still running (or waiting to run), "
                    + "after task" + FAILING + " failed. " + timedOut.map(call -> "Your " + call + " timed out (the test made it time"
                    + " out at once while a task still ran, as a slow day may, whatever the timeout), and your code went on as if"
                    + " the pool had finished. ").orElse("")
                    + "On the failure path too, wait until the pool has terminated: try-with-resources (close() waits as long as"
                    + " it takes), or shutdown() and then awaitTermination in a loop until it returns true.\n  " + Lesson.AWAIT_RESULT);
        }
        Expect.everyTaskRanOnce(r.work(), pools.created());
    }

    @Test
    void thePoolIsShutDownEvenWhenATaskFails() throws InterruptedException {
        var r = run(FAILING);
        notStub(r.run());
        Expect.onePoolOfSize(pools, 50);
        Expect.poolShutDown(pools);
    }

    private static void notStub(LearnerRun run) {
        if (run.thrown() instanceof UnsupportedOperationException) Expect.returnedNormally(run, FILE);
    }

    private static boolean carriesTaskFailure(Throwable t) {
        for (var e = t; e != null; e = e.getCause()) {
            if (e instanceof Workload.TaskFailure || e instanceof Workload.TaskError) return true;
            if (e.getCause() == e) break;
        }
        return false;
    }
}
