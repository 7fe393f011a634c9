package exercises.notasklost;

import exercises.support.LearnerRun;
import exercises.support.LearnerThread;
import java.lang.management.ThreadInfo;
import java.util.List;

/**
 * Runs the learner's code on its own thread and opens the gates of {@link BoundedWork} from what that thread is
 * doing, never from the clock (the loop is {@link LearnerThread}'s, as for the other exercises):
 * <ul>
 *   <li>parked for a moment inside {@code ThreadPoolExecutor.execute} (its locks): not a decision, keep holding;</li>
 *   <li>waiting at the tasks' gate, i.e. running a rejected task itself: open the tasks' gate;</li>
 *   <li>waiting anywhere else (close(), awaitTermination, a semaphore, a full queue's put...): open both gates;</li>
 *   <li>sleeping: keep holding, and interrupt the sleep; a guess is not a wait.</li>
 * </ul>
 */
final class BoundedRun {

    private final LearnerThread learner;
    private volatile boolean waitedForAPermit; // seen waiting in a Semaphore: a semaphore in front of the pool
    private volatile List<Boolean> terminatedAtReturn = List.of();

    private BoundedRun(BoundedWork work, LearnerRun.LearnerCode code) {
        learner = LearnerThread.start(code,
                () -> terminatedAtReturn = work.made().stream().map(m -> m.pool().isTerminated()).toList());
    }

    Throwable thrown() { return learner.thrown(); }
    /** Whether the learner's thread was seen waiting in a Semaphore (a bounded submitter in front of the pool). */
    boolean waitedForAPermit() { return waitedForAPermit; }
    boolean slept() { return learner.slept(); }
    boolean neverBlocked() { return learner.spun(); }
    Thread learnerThread() { return learner.thread(); }

    /** For each pool made, in order: had it terminated when the learner's method returned? */
    List<Boolean> terminatedAtReturn() { return terminatedAtReturn; }

    static BoundedRun run(BoundedWork work, LearnerRun.LearnerCode code) throws InterruptedException {
        var run = new BoundedRun(work, code);
        run.learner.watchUntilEnded(new LearnerThread.Watcher() {
            @Override
            public boolean holding() {
                return !work.stragglerGate.isOpen();
            }

            @Override
            public void waiting(ThreadInfo info) {
                if (LearnerThread.inFrame(info, "java.util.concurrent.Semaphore", null)) run.waitedForAPermit = true;
                if (insideExecuteOnly(info)) return; // a lock inside execute(): held for microseconds, decides nothing
                work.gate.open();
                if (!work.gate.isWaitedOnIn(info.getLockInfo())) work.stragglerGate.open();
            }

            @Override
            public void spun() {
                openBoth();
            }

            @Override
            public void ended() {
                openBoth();
            }

            private void openBoth() {
                work.gate.open();
                work.stragglerGate.open();
            }
        });
        return run;
    }

    /** In execute() but not in the rejection policy: a pool lock, not a wait that needs the tasks. */
    private static boolean insideExecuteOnly(ThreadInfo info) {
        return LearnerThread.inFrame(info, "java.util.concurrent.ThreadPoolExecutor", "execute")
                && !LearnerThread.inFrame(info, BoundedWork.WatchedHandler.class.getName(), "rejectedExecution");
    }
}
