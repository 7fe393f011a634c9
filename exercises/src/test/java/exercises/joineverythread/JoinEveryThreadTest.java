package exercises.joineverythread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exercises.support.Expect;
import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.Workload;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * One task is held unfinished by the test until your thread is really waiting for it (in join()), so
 * printing too early is caught every time, not just on unlucky runs.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class JoinEveryThreadTest {

    private static final String FILE = "exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java";

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private static Run runWith(int tasks) throws InterruptedException {
        var out = RecordingOut.counting(() -> 0);
        var work = new Workload(tasks, 10, out);
        out.countWith(work::unfinished);
        var run = LearnerRun.run(work, null, () -> JoinEveryThread.runAllThenPrint(work.tasks(), "123", out));
        return new Run(work, out, run);
    }

    @Test
    void printsTheFinalLineOnlyAfterEveryThreadFinished() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    @Test
    void runsEveryTaskOnceOnAThreadOfItsOwn() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
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
        Expect.ranAtTheSameTime(r.run(), r.work());
    }

    @Test
    void leavesNoThreadRunning() throws InterruptedException {
        var r = runWith(100);
        Expect.returnedNormally(r.run(), FILE);
        Expect.noTaskThreadAlive(r.work());
    }

    @Test
    void aSingleTaskIsWaitedForToo() throws InterruptedException {
        var r = runWith(1);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }
}
