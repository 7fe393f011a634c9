package exercises.poolprintsafterall;

import exercises.support.Expect;
import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * One task is held unfinished by the test until your thread is really waiting for the pool (in close(),
 * awaitTermination, invokeAll, get() of that task's future, a latch...), so printing too early is caught
 * every time, not just on unlucky runs.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class PoolPrintsAfterAllTest {

    private static final String FILE = "exercises/src/main/java/exercises/poolprintsafterall/PoolPrintsAfterAll.java";

    private final WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private Run run(int tasks, int poolSize) throws InterruptedException {
        var out = RecordingOut.counting(() -> 0);
        var work = new Workload(tasks, 10, out);
        out.countWith(work::unfinished);
        var run = LearnerRun.run(work, pools,
                () -> PoolPrintsAfterAll.runOnPool(pools, poolSize, work.tasks(), "123", out));
        Expect.returnedNormally(run, FILE);
        return new Run(work, out, run);
    }

    @Test
    void printsTheFinalLineOnlyAfterEveryTaskFinished() throws InterruptedException {
        var r = run(100, 50);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
    }

    @Test
    void runsEveryTaskOnceOnOnePoolOfTheGivenSize() throws InterruptedException {
        var r = run(100, 50);
        Expect.onePoolOfSize(pools, 50);
        Expect.everyTaskRanOnce(r.work(), pools.created());
        Expect.tasksRanOnThePool(r.run(), pools);
    }

    @Test
    void shutsThePoolDownBeforeReturning() throws InterruptedException {
        run(100, 50);
        Expect.onePoolOfSize(pools, 50);
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
