package exercises.waitforeveryprocess;

import exercises.support.HeldRun;
import exercises.support.Lesson;
import exercises.support.PoolWork;
import exercises.support.ProcessExpect;
import exercises.support.RecordingOut;
import exercises.support.WatchedProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Each task is a real process. One of them is held by the test (it waits at a gate the test owns) until your
 * thread is really waiting for that process: in its waitFor(), in a waitFor(timeout) of 10 s or more or a second
 * shorter one after the first ran out, or in join() of its onExit() (or of a future built from it, such as allOf); so printing too early, or
 * returning while a process still runs (recorded the moment your method returns), is caught every time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class WaitForEveryProcessTest {

    private static final String FILE = "exercises/src/main/java/exercises/waitforeveryprocess/WaitForEveryProcess.java";
    private static final String WAIT = "Call waitFor() on every process you started (or join every onExit() future; a waitFor(timeout) that returned false has not waited enough) before printing.";

    private PoolWork work;

    private record Run(HeldRun run, RecordingOut out) {}

    private Run runWith(int processes) throws InterruptedException {
        work = new PoolWork(processes, 3);
        var out = RecordingOut.counting(work::unfinishedProcesses);
        var run = HeldRun.run(work.gate(), work::judgeProcessWait, () -> work.processesStarted().size(), work::atReturn,
                () -> WaitForEveryProcess.runAllThenPrint(work.size(), work.starter(), "123", out));
        return new Run(run, out);
    }

    @AfterEach
    void noProcessOutlivesTheTest() throws Exception {
        if (work != null) work.close();
    }

    @Test
    void printsTheFinalLineOnlyAfterEveryProcessExited() throws Exception {
        var r = runWith(4);
        ProcessExpect.returnedNormally(r.run(), FILE);
        ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.PROCESS_PER_TASK);
    }

    @Test
    void startsEveryProcessBeforeWaiting() throws Exception {
        var r = runWith(4);
        ProcessExpect.returnedNormally(r.run(), FILE);
        if (work.processesStarted().size() != work.size()) {
            throw new AssertionError("You started " + work.processesStarted().size() + " of " + work.size()
                    + " processes with start.apply(i); start one for every task, 0 to " + (work.size() - 1) + ".\n  " + Lesson.PROCESS_PER_TASK);
        }
        ProcessExpect.allStartedBeforeWaiting(r.run(), work, "processes", Lesson.PROCESS_PER_TASK);
    }

    @Test
    void leavesNoProcessAlive() throws Exception {
        var r = runWith(4);
        ProcessExpect.returnedNormally(r.run(), FILE);
        var handles = work.processesStarted().stream().map(WatchedProcess::toHandle).toList();
        if (handles.isEmpty()) {
            throw new AssertionError("No process was started with start.apply(i).\n  " + Lesson.PROCESS_PER_TASK);
        }
        ProcessExpect.noProcessAliveAtReturn(work.processesAliveAtReturn(), handles.size(),
                "Wait for each one with waitFor() before you return.", Lesson.PROCESS_PER_TASK);
        ProcessExpect.noProcessAlive(handles, "Wait for each one with waitFor() before you return.", Lesson.PROCESS_PER_TASK);
    }
}
