package exercises.joineverythread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.Workload;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One task is held unfinished by the test until your thread is really waiting for it (in join()), so
 * printing too early is caught every time, not just on unlucky runs. The held task is the first, one in the
 * middle, or the last, so joining only some of the threads is caught too; and one test interrupts your thread
 * while it waits.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class JoinEveryThreadTest {

    private static final String FILE = exercises.support.Stub.file(JoinEveryThread.class);

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private static Run runWith(int tasks) throws InterruptedException {
        return runWith(new Workload(tasks, 10, RecordingOut.counting(() -> 0)), false);
    }

    private static Run runWith(Workload work, boolean interrupting) throws InterruptedException {
        return runWith(work, interrupting ? LearnerRun::interrupting : LearnerRun::run);
    }

    private static Run runWith(Workload work, LearnerRun.Runner runner) throws InterruptedException {
        work.holdTheCrowd(); // no task ends before the learner's first wait is seen, so that wait is named on every run
        var out = (RecordingOut) work.out();
        out.countWith(work::unfinished);
        LearnerRun.LearnerCode code = () -> JoinEveryThread.runAllThenPrint(work.tasks(), "123", out);
        return new Run(work, out, runner.run(work, null, code));
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryThreadFinished(HeldAt held) throws InterruptedException {
        var r = runWith(new Workload(100, 10, RecordingOut.counting(() -> 0), held), false);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    /**
     * A timed join (join(millis), join(Duration)) of the held task's thread keeps that task held through many such
     * joins: going on when the time is up, even after a few more tries, is caught; joining again until the thread
     * has ended passes.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedJoinThatRunsOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        var r = runWith(new Workload(100, 10, RecordingOut.counting(() -> 0), held), LearnerRun::outwaitingTimedWaits);
        if (Expect.gaveUpLoudlyOnItsOwnTimeOut(r.run(), r.out(), "123")) return; // it timed out and said so
        Expect.notSilentAfterItsOwnTimeOut(r.run(), r.out(), "123", r.work().size());
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    @Test
    void runsEveryTaskOnceOnAThreadOfItsOwn() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
        Expect.waitedForEveryTask(r.run(), r.work(), List.of());
        Expect.everyTaskRanOnce(r.work(), List.of());
        var threads = new HashSet<>(r.work().taskThreads());
        threads.remove(r.run().learnerThread());
        assertEquals(100, threads.size(), "Each of the 100 tasks should run on a new thread of its own, started by you; "
                + threads.size() + " distinct new threads ran them. Start one Thread per task.");
    }

    @Test
    void startsEveryThreadBeforeJoiningAny() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
        Expect.waitedForEveryTask(r.run(), r.work(), List.of());
        Expect.ranAtTheSameTime(r.run(), r.work());
    }

    @Test
    void leavesNoThreadRunning() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
        Expect.waitedForEveryTask(r.run(), r.work(), List.of());
        Expect.noTaskThreadAlive(r.work());
    }

    @Test
    void aSingleTaskIsWaitedForToo() throws InterruptedException {
        var r = runWith(1);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    @Test
    void anInterruptWhileJoiningIsNotTakenAsTheEnd() throws InterruptedException {
        var r = runWith(new Workload(100, 10, RecordingOut.counting(() -> 0)).holdThroughInterrupts(), true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", List.of(), FILE);
    }
}
