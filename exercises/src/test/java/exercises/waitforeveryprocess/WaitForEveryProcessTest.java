package exercises.waitforeveryprocess;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.HeldRun;
import exercises.support.OwnWaits;
import exercises.support.Lesson;
import exercises.support.PoolWork;
import exercises.support.ProcessExpect;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.WatchedProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each task is a real process. One of them (the first, one in the middle, or the last) is held by the test (it waits
 * at a gate the test owns) until your thread is really waiting for that process: in its waitFor() (timed or not), or
 * in join() of its onExit() (or of a future built from it, such as allOf); so printing too early, or returning while a
 * process still runs (recorded the moment your method returns), is caught every time. One test makes your first timed
 * wait on a running process time out at once, whatever its timeout, as it may on a slow day.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class WaitForEveryProcessTest {

    private static final String FILE = exercises.support.Stub.file(WaitForEveryProcess.class);
    private static final String WAIT = "Call waitFor() on every process you started (or join every onExit() future; a waitFor(timeout) that returned false has not waited enough) before printing.";

    /**
     * Processes per test: enough for the held one to be the first, one in the middle or the last, each a different one.
     * Each is a JVM that takes 0.17 to 0.3 s of CPU to start, and every test starts its own: 3, not 4,
     * made the check start 21 JVMs instead of 28.
     */
    private static final int PROCESSES = 3;

    private PoolWork work;

    private record Run(HeldRun run, RecordingOut out) {}

    private Run runWith(int processes) throws InterruptedException {
        return runWith(new PoolWork(processes, 3));
    }

    private Run runWith(PoolWork processes) throws InterruptedException {
        work = processes;
        var out = RecordingOut.counting(work::unfinishedProcesses);
        OwnWaits.startRun(work.time() == WatchedPool.Time.ADVERSARY); // your own timed waits (onExit().get(timeout)...) too
        try {
            var run = HeldRun.run(work.gate(), work::judgeProcessWait, () -> work.processesStarted().size(), work::atReturn,
                    () -> WaitForEveryProcess.runAllThenPrint(work.size(), work.starter(), "123", out));
            return new Run(run, out);
        } finally {
            OwnWaits.endRun();
        }
    }

    @AfterEach
    void noProcessOutlivesTheTest() throws Exception {
        if (work != null) work.close();
    }

    @ParameterizedTest(name = "the held process is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryProcessExited(HeldAt held) throws Exception {
        var r = runWith(new PoolWork(PROCESSES, 3, held));
        ProcessExpect.returnedNormally(r.run(), FILE, Lesson.PROCESS_PER_TASK);
        everyProcessFinishedItsWork(); // a destroyed process is named as such, not as one nobody waited for
        ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.PROCESS_PER_TASK);
    }

    /** The held process is the first, a middle or the last one: a timed wait on only some processes meets it too. */
    @ParameterizedTest(name = "the held process is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws Exception {
        var r = runWith(new PoolWork(PROCESSES, 3, held).withTime(WatchedPool.Time.ADVERSARY));
        var t = r.run().thrown();
        boolean timedOut = work.processesStarted().stream().anyMatch(WatchedProcess::timedOut) || !OwnWaits.timedOut().isEmpty();
        if (timedOut && Expect.gaveUpLoudly(t, r.out(), "123")) {
            return; // it noticed that time ran out and stopped, printing nothing: correct
        }
        ProcessExpect.returnedNormally(r.run(), FILE, Lesson.PROCESS_PER_TASK);
        everyProcessFinishedItsWork(); // destroying a process is named as such, before the timed wait that led to it
        if (timedOut) {
            var finals = r.out().linesEqualTo("123");
            if (finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0 && !OwnWaits.timedOut().isEmpty()
                    && work.processesStarted().stream().noneMatch(WatchedProcess::timedOut)) {
                throw new AssertionError("'123' was printed while " + finals.getFirst().unfinishedTasks() + " of " + work.size()
                        + " processes had not finished.\n" + Expect.ownTimedOutMessage());
            }
            if (finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0) {
                throw new AssertionError("'123' was printed while " + finals.getFirst().unfinishedTasks() + " of " + work.size()
                        + " processes had not finished. A timed waitFor(timeout) (or get(timeout) of onExit()) ran out (the test"
                        + " made it, as a slow day may, whatever the timeout) and your code went on as if the process had exited:"
                        + " waitFor(timeout) returns false when the time is up. Use its answer: wait again until it is true, or stop"
                        + " and report it; or call waitFor() without a timeout.\n  " + Lesson.PROCESS_PER_TASK);
            }
        }
        ProcessExpect.finalLineAfterEveryTask(r.run(), r.out(), work, "123", WAIT, Lesson.PROCESS_PER_TASK);
    }

    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws Exception {
        work = new PoolWork(PROCESSES, 3);
        var out = RecordingOut.counting(work::unfinishedProcesses);
        var run = HeldRun.interrupting(work.gate(), work::judgeProcessWait, () -> work.processesStarted().size(), work::atReturn,
                () -> WaitForEveryProcess.runAllThenPrint(work.size(), work.starter(), "123", out));
        var t = run.thrown();
        if (t instanceof UnsupportedOperationException || !run.interruptSent()) {
            ProcessExpect.returnedNormally(run, FILE, Lesson.PROCESS_PER_TASK);
            ProcessExpect.finalLineAfterEveryTask(run, out, work, "123", WAIT, Lesson.PROCESS_PER_TASK);
            return;
        }
        var finals = out.linesEqualTo("123");
        if (!finals.isEmpty() && finals.getFirst().unfinishedTasks() > 0) {
            throw new AssertionError("'123' was printed while " + finals.getFirst().unfinishedTasks() + " of " + work.size()
                    + " processes had not finished their work (still running, or destroyed: a process you destroy has not done"
                    + " its task). Your thread was interrupted while it waited for them (the test interrupted"
                    + " it), and your code went on as if they had finished. An interrupt asks your code to stop waiting, not to"
                    + " pretend the work is done: let the InterruptedException leave your method, or restore it with"
                    + " Thread.currentThread().interrupt() and return without the final line.\n  " + Lesson.INTERRUPTS);
        }
        if (!finals.isEmpty() && !run.flagSetAtReturn()) {
            throw new AssertionError("Your thread was interrupted while it waited for the processes (the test interrupted it). It"
                    + " kept waiting, which is fine, but then returned with the interrupt dropped: your caller cannot tell that"
                    + " someone asked it to stop. Set it again with Thread.currentThread().interrupt().\n  " + Lesson.INTERRUPTS);
        }
        if (finals.isEmpty() && t == null && !run.flagSetAtReturn()) {
            throw new AssertionError("Your thread was interrupted while it waited for the processes, and your method returned"
                    + " quietly, without the final line and without saying why: the interrupt was swallowed. Let the"
                    + " InterruptedException leave your method, or call Thread.currentThread().interrupt() before returning.\n  "
                    + Lesson.INTERRUPTS);
        }
    }

    /** A process that was destroyed did not do its work, even if waitFor() then returned: its exit code says so. */
    private void everyProcessFinishedItsWork() {
        for (var p : work.processesStarted()) {
            if (p.destroyed() || (!p.real().isAlive() && p.real().exitValue() != 0)) {
                throw new AssertionError(p + (p.destroyed() ? " was destroyed by your code" : " exited with code " + p.real().exitValue())
                        + ": its task never finished, so printing '123' claims work that was not done. Wait for every process to"
                        + " exit by itself (waitFor()), and never destroy one to make the wait end.\n  " + Lesson.PROCESS_PER_TASK);
            }
        }
    }

    @Test
    void startsEveryProcessBeforeWaiting() throws Exception {
        var r = runWith(PROCESSES);
        ProcessExpect.returnedNormally(r.run(), FILE, Lesson.PROCESS_PER_TASK);
        if (work.processesStarted().size() != work.size()) {
            throw new AssertionError("You started " + work.processesStarted().size() + " of " + work.size()
                    + " processes with start.apply(i); start one for every task, 0 to " + (work.size() - 1) + ".\n  " + Lesson.PROCESS_PER_TASK);
        }
        ProcessExpect.allStartedBeforeWaiting(r.run(), work, "processes", Lesson.PROCESS_PER_TASK);
    }

    @Test
    void leavesNoProcessAlive() throws Exception {
        var r = runWith(PROCESSES);
        ProcessExpect.returnedNormally(r.run(), FILE, Lesson.PROCESS_PER_TASK);
        var handles = work.processesStarted().stream().map(WatchedProcess::toHandle).toList();
        if (handles.isEmpty()) {
            throw new AssertionError("No process was started with start.apply(i).\n  " + Lesson.PROCESS_PER_TASK);
        }
        ProcessExpect.noProcessAliveAtReturn(work.processesAliveAtReturn(), handles.size(),
                "Wait for each one with waitFor() before you return.", Lesson.PROCESS_PER_TASK);
        ProcessExpect.noProcessAlive(handles, "Wait for each one with waitFor() before you return.", Lesson.PROCESS_PER_TASK);
    }
}
