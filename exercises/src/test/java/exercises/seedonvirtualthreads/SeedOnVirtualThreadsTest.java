package exercises.seedonvirtualthreads;

import exercises.support.Expect;
import exercises.support.LearnerRun;
import exercises.support.RecordingOut;
import exercises.support.VirtualExpect;
import exercises.support.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * One task is held unfinished by the test until your thread is really waiting for it (in close(), join(), ...),
 * so printing too early is caught every time, not just on unlucky runs.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class SeedOnVirtualThreadsTest {

    private static final String FILE = "exercises/src/main/java/exercises/seedonvirtualthreads/SeedOnVirtualThreads.java";

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private static Run runWith(int tasks) throws InterruptedException {
        var out = RecordingOut.counting(() -> 0);
        var work = new Workload(tasks, 10, out);
        out.countWith(work::unfinished);
        var run = LearnerRun.run(work, null, () -> SeedOnVirtualThreads.runOnVirtualThreads(work.tasks(), "123", out));
        Expect.returnedNormally(run, FILE);
        return new Run(work, out, run);
    }

    private static void finalLineLast(Run r) {
        var finals = r.out().linesEqualTo("123");
        if (finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0 && finals.getFirst().thread() == r.run().learnerThread()
                && !r.run().saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN)) {
            throw new AssertionError(VirtualExpect.nothingWaited("'123' was printed", finals.getFirst().unfinishedTasks(), r.work().size()));
        }
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    @Test
    void printsTheFinalLineOnlyAfterEveryTaskFinished() throws InterruptedException {
        finalLineLast(runWith(100));
    }

    @Test
    void runsEveryTaskOnceOnAVirtualThreadOfItsOwn() throws InterruptedException {
        var r = runWith(100);
        Expect.everyTaskRanOnce(r.work(), List.of());
        VirtualExpect.oneVirtualThreadPerTask(r.work().taskThreads(), 100);
    }

    @Test
    void returnsOnlyAfterEveryTaskFinished() throws InterruptedException {
        // Counted as your method returns. (Not Thread.isAlive: close() returns once every task has completed,
        // and a virtual thread may take a moment longer to end after its task.)
        var r = runWith(100);
        int unfinished = r.run().unfinishedWhenDone();
        if (unfinished > 0) throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", unfinished, 100));
    }

    @Test
    void aSingleTaskIsWaitedForToo() throws InterruptedException {
        finalLineLast(runWith(1));
    }
}
