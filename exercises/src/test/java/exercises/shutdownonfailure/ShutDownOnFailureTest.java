package exercises.shutdownonfailure;

import exercises.support.Expect;
import exercises.support.LearnerRun;
import exercises.support.Lesson;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Task 5 throws; task 37 is held by the test until your thread is really waiting for it. So giving up at the
 * first failure, while other tasks still run, is caught every time, and so is a failure that gets lost.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class ShutDownOnFailureTest {

    private static final String FILE = "exercises/src/main/java/exercises/shutdownonfailure/ShutDownOnFailure.java";
    private static final int FAILING = 5;

    private final WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private Run run(int failingIndex) throws InterruptedException {
        var out = RecordingOut.counting(() -> 0);
        var work = new Workload(100, 10, out, failingIndex);
        out.countWith(work::unfinished);
        var run = LearnerRun.run(work, pools, () -> ShutDownOnFailure.runAllOrFail(pools, 50, work.tasks(), "123", out));
        return new Run(work, out, run);
    }

    @Test
    void withoutFailuresPrintsTheFinalLineAfterEveryTask() throws InterruptedException {
        var r = run(-1);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        Expect.poolShutDown(pools);
    }

    @Test
    void aFailedTaskIsThrownToTheCaller() throws InterruptedException {
        var r = run(FAILING);
        notStub(r.run());
        if (!carriesTaskFailure(r.run().thrown())) {
            throw new AssertionError("task" + FAILING + " threw an exception, but " + (r.run().thrown() == null
                    ? "your method returned normally: the failure was lost."
                    : "your method threw " + r.run().thrown() + ", which does not carry it: the failure was lost.")
                    + " submit() keeps a task's exception inside its Future; get() rethrows it wrapped in an ExecutionException."
                    + " execute() would hand it to the worker thread instead, and your method would never see it (only a stack trace on System.err). Let it propagate.\n  "
                    + Lesson.SUBMIT_KEEPS_EXCEPTIONS);
        }
        if (!r.out().linesEqualTo("123").isEmpty()) {
            throw new AssertionError("'123' was printed although task" + FAILING + " failed; print it only when every task succeeded.");
        }
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
            if (e instanceof Workload.TaskFailure) return true;
            if (e.getCause() == e) break;
        }
        return false;
    }
}
