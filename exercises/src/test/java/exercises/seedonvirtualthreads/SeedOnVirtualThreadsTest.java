package exercises.seedonvirtualthreads;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import exercises.support.VirtualExpect;
import exercises.support.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One task is held unfinished by the test until your thread is really waiting for it (in close(), join(), ...),
 * so printing too early is caught every time, not just on unlucky runs.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class SeedOnVirtualThreadsTest {

    private static final String FILE = exercises.support.Stub.file(SeedOnVirtualThreads.class);

    private record Run(Workload work, RecordingOut out, LearnerRun run) {}

    private static Run runWith(int tasks) throws InterruptedException {
        var r = start(new Workload(tasks, 10, RecordingOut.counting(() -> 0)), false);
        Expect.returnedNormally(r.run(), FILE);
        return r;
    }

    private static Run start(Workload work, boolean interrupting) throws InterruptedException {
        return start(work, interrupting ? LearnerRun::interrupting : LearnerRun::run);
    }

    /** A run in which a timed wait on an executor (or latch...) of your own keeps a task held until its time has run out. */
    private static Run outwaiting(Workload work) throws InterruptedException {
        return start(work, LearnerRun::outwaitingTimedWaits);
    }

    private static Run start(Workload work, LearnerRun.Runner runner) throws InterruptedException {
        work.holdTheCrowd(); // no task ends before the learner's first wait is seen, so that wait is named on every run
        var out = (RecordingOut) work.out();
        out.countWith(work::unfinished);
        LearnerRun.LearnerCode code = () -> SeedOnVirtualThreads.runOnVirtualThreads(work.tasks(), "123", out);
        return new Run(work, out, runner.run(work, null, code));
    }

    /** Every test that checks something else first checks this, so code that does not wait fails them all alike. */
    private static void waitedForEveryTask(Run r) {
        int unfinished = r.run().unfinishedWhenDone();
        if (unfinished > 0 && !OwnWaits.timedOut().isEmpty()) {
            throw new AssertionError("Your method returned while " + unfinished + " of " + r.work().size() + " tasks "
                    + (unfinished == 1 ? "was" : "were") + " still running.\n" + Expect.ownTimedOutMessage());
        }
        if (unfinished > 0 && r.run().saw(LearnerRun.Seen.TIMED_JOIN)) {
            Expect.waitedForEveryTask(r.run(), r.work(), List.of()); // names the timed join that gave up
        }
        if (unfinished > 0 && waitedInAWaitOfItsOwn(r)) {
            Expect.waitedForEveryTask(r.run(), r.work(), List.of()); // names the latch (or semaphore...) whose wait ended too soon
        }
        if (unfinished > 0) throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", unfinished, r.work().size()));
    }

    private static void finalLineLast(Run r) {
        var finals = r.out().linesEqualTo("123");
        if (!finals.isEmpty() && finals.getFirst().unfinishedTasks() > 0 && !OwnWaits.timedOut().isEmpty()) {
            int n = finals.getFirst().unfinishedTasks();
            throw new AssertionError("'123' was printed while " + n + " of " + r.work().size() + " tasks " + (n == 1 ? "was" : "were")
                    + " still running.\n" + Expect.ownTimedOutMessage());
        }
        if (finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0 && finals.getFirst().thread() == r.run().learnerThread()
                && !r.run().saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN) && !r.run().saw(LearnerRun.Seen.TIMED_JOIN)
                && !waitedInAWaitOfItsOwn(r)) {
            throw new AssertionError(VirtualExpect.nothingWaited("'123' was printed", finals.getFirst().unfinishedTasks(), r.work().size()));
        }
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", List.of());
    }

    /**
     * It did wait, in a wait it built itself (a latch, a semaphore, a future's get()), but that wait ended too soon:
     * "nothing waits for a virtual thread unless you do" would blame the wrong thing. (join() is left to that message.)
     */
    private static boolean waitedInAWaitOfItsOwn(Run r) {
        var own = r.run().ownWait();
        return own != null && !own.equals("Thread.join");
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryTaskFinished(HeldAt held) throws InterruptedException {
        var r = start(new Workload(100, 10, RecordingOut.counting(() -> 0), held), false);
        Expect.returnedNormally(r.run(), FILE);
        finalLineLast(r);
    }

    /**
     * A timed wait on an executor you made (awaitTermination(timeout)) keeps a task held until its time has run out:
     * going on then is caught, at any timeout; waiting again in a loop passes.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitOfYourOwnThatRunsOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        var r = outwaiting(new Workload(100, 10, RecordingOut.counting(() -> 0), held));
        if (Expect.gaveUpLoudlyOnItsOwnTimeOut(r.run(), r.out(), "123")) return; // it timed out and said so
        Expect.notSilentAfterItsOwnTimeOut(r.run(), r.out(), "123", r.work().size());
        Expect.returnedNormally(r.run(), FILE);
        finalLineLast(r);
    }

    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = start(new Workload(100, 10, RecordingOut.counting(() -> 0)).holdThroughInterrupts(), true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", List.of(), FILE);
    }

    @Test
    void runsEveryTaskOnceOnAVirtualThreadOfItsOwn() throws InterruptedException {
        var r = runWith(100);
        waitedForEveryTask(r);
        Expect.everyTaskRanOnce(r.work(), List.of());
        VirtualExpect.oneVirtualThreadPerTask(r.work().taskThreads(), 100);
    }

    @Test
    void startsEveryVirtualThreadBeforeJoiningAny() throws InterruptedException {
        var r = runWith(100);
        waitedForEveryTask(r);
        Expect.ranAtTheSameTime(r.run(), Lesson.VIRTUAL_SEED);
    }

    @Test
    void returnsOnlyAfterEveryTaskFinished() throws InterruptedException {
        // Counted as your method returns. (Not Thread.isAlive: close() returns once every task has completed,
        // and a virtual thread may take a moment longer to end after its task.)
        waitedForEveryTask(runWith(100));
    }

    @Test
    void aSingleTaskIsWaitedForToo() throws InterruptedException {
        finalLineLast(runWith(1));
    }
}
