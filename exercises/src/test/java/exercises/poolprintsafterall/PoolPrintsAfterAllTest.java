package exercises.poolprintsafterall;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One task is held unfinished by the test until your thread is really waiting for the pool (in close(),
 * awaitTermination, invokeAll, get() of that task's future, a latch...), so printing too early is caught
 * every time, not just on unlucky runs. The held task is the first, one in the middle, or the last, so waiting for
 * only some futures is caught too. One test makes your first timed wait time out (as it may on a slow day), and one
 * interrupts your thread while it waits.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class PoolPrintsAfterAllTest {

    private static final String FILE = exercises.support.Stub.file(PoolPrintsAfterAll.class);

    private WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    /** The last task is the held one: code that waits for all but some of the last tasks fails on every run. */
    private Run run(int tasks, int poolSize) throws InterruptedException {
        var r = start(new Workload(tasks, 10, RecordingOut.counting(() -> 0), HeldAt.LAST), poolSize, false);
        Expect.returnedNormally(r.run(), FILE);
        return r;
    }

    private Run start(Workload work, int poolSize, boolean interrupting) throws InterruptedException {
        work.holdTheCrowd(); // no task ends before the learner's first wait is seen, so that wait is named on every run
        var out = (RecordingOut) work.out();
        out.countWith(work::unfinished);
        var factory = pools;
        LearnerRun.LearnerCode code = () -> PoolPrintsAfterAll.runOnPool(factory, poolSize, work.tasks(), "123", out);
        var run = interrupting ? LearnerRun.interrupting(work, pools, code) : LearnerRun.run(work, pools, code);
        return new Run(work, out, run);
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryTaskFinished(HeldAt held) throws InterruptedException {
        var r = start(new Workload(100, 10, RecordingOut.counting(() -> 0), held), 50, false);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
    }

    /** The held task is the first, a middle or the last one: a timed wait on only some futures meets it too. */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = start(new Workload(100, 10, RecordingOut.counting(() -> 0), held), 50, false);
        Expect.timedWaitsRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
    }

    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = start(new Workload(100, 10, RecordingOut.counting(() -> 0)).holdThroughInterrupts(), 50, true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
    }

    @Test
    void runsEveryTaskOnceOnOnePoolOfTheGivenSize() throws InterruptedException {
        var r = run(100, 50);
        Expect.onePoolOfSize(pools, 50);
        Expect.waitedForEveryTask(r.run(), r.work(), pools.created());
        Expect.everyTaskRanOnce(r.work(), pools.created());
        Expect.tasksRanOnThePool(r.run(), pools);
    }

    @Test
    void shutsThePoolDownBeforeReturning() throws InterruptedException {
        var r = run(100, 50);
        Expect.onePoolOfSize(pools, 50);
        Expect.waitedForEveryTask(r.run(), r.work(), pools.created());
        Expect.poolShutDown(pools);
    }

    @Test
    void waitsWhenThereAreFewerTasksThanThreads() throws InterruptedException {
        var r = run(3, 50);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        Expect.poolShutDown(pools);
    }

    @Test
    void waitsForQueuedTasksOnAPoolOfOneThread() throws InterruptedException {
        var r = run(10, 1);
        Expect.onePoolOfSize(pools, 1);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        Expect.everyTaskRanOnce(r.work(), pools.created());
    }
}
