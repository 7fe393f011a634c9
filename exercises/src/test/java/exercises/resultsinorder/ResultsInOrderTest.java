package exercises.resultsinorder;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.LearnerRun;
import exercises.support.Lesson;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import exercises.support.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Task 37 is held by the test until your thread waits for it, so it finishes after tasks 38 to 99:
 * collecting results in the order tasks finish is caught every time.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class ResultsInOrderTest {

    private static final String FILE = exercises.support.Stub.file(ResultsInOrder.class);

    private WatchedPool.Factory pools = new WatchedPool.Factory();

    @AfterEach
    void noPoolOutlivesTheTest() throws InterruptedException {
        pools.cleanUp();
    }

    /** submittedWhenHeldEnded: how many tasks had been submitted to the pools when the held task returned (-1: it never did). */
    private record Run(Workload work, RecordingOut out, LearnerRun run, List<String> returned, int submittedWhenHeldEnded) {}

    private Run run(int size, int poolSize) throws InterruptedException {
        var r = start(new Workload(size, 0, RecordingOut.counting(() -> 0)), poolSize);
        Expect.returnedNormally(r.run(), FILE);
        return r;
    }

    private Run start(Workload work, int poolSize) throws InterruptedException {
        return start(work, poolSize, false);
    }

    private Run start(Workload work, int poolSize, boolean interrupting) throws InterruptedException {
        int size = work.size();
        var out = (RecordingOut) work.out();
        out.countWith(work::unfinished);
        var tasks = new ArrayList<Callable<String>>();
        var submittedWhenHeldEnded = new AtomicInteger(-1);
        for (int i = 0; i < size; i++) {
            var task = work.tasks().get(i);
            var result = "result" + i;
            boolean held = i == work.stragglerIndex();
            tasks.add(() -> {
                task.run();
                // the held task returns only once your thread waits for it: count what had been submitted by then
                if (held) submittedWhenHeldEnded.set(pools.created().stream().mapToInt(WatchedPool::submissions).sum());
                return result;
            });
        }
        var returned = new AtomicReference<List<String>>();
        LearnerRun.LearnerCode code = () -> returned.set(ResultsInOrder.collectInOrder(factory(), poolSize, List.copyOf(tasks), "123", out));
        // With adversary time, timed waits on objects of the learner's own (a CompletableFuture's get, a latch) are held
        // through too, for 4.15 s: the pools' own time out at once, those cannot be made to.
        var run = interrupting ? LearnerRun.interrupting(work, pools, code)
                : pools.time() == WatchedPool.Time.ADVERSARY ? LearnerRun.outwaitingTimedWaits(work, pools, code)
                : LearnerRun.run(work, pools, code);
        return new Run(work, out, run, returned.get(), submittedWhenHeldEnded.get());
    }

    private WatchedPool.Factory factory() {
        return pools;
    }

    private static List<String> expected(int size) {
        var list = new ArrayList<String>();
        for (int i = 0; i < size; i++) list.add("result" + i);
        return list;
    }

    private static void inTaskOrder(String what, List<String> actual, Run r) {
        inTaskOrder(what, actual, r.work().size(), r.work().stragglerIndex(), r.run().saw(LearnerRun.Seen.OWN_TIMER_WENT_OFF));
    }

    private static void inTaskOrder(String what, List<String> actual, int size, int held, boolean timerWentOff) {
        var want = expected(size);
        if (actual == null) throw new AssertionError(what + " is null; return the list of results.");
        for (int i = 0; i < Math.min(actual.size(), want.size()); i++) {
            if (actual.get(i) == null) {
                throw new AssertionError(what + ": position " + i + " is empty (null): the result of task" + i + " was never put"
                        + " there. Keep every future, and get() each one, in submission order.\n  " + Lesson.RESULTS_IN_ORDER);
            }
            if (!want.contains(actual.get(i))) {
                throw new AssertionError(what + ": position " + i + " holds '" + actual.get(i) + "', which no task returned (task"
                        + i + " returns '" + want.get(i) + "'). " + (timerWentOff ? Expect.timerWentOffMessage("part of the work was done")
                        : "Put there what the task's future gives, and only once it has: get() or join() it.\n  " + Lesson.RESULTS_IN_ORDER));
            }
            if (!actual.get(i).equals(want.get(i))) {
                boolean heldLast = actual.size() == want.size() && actual.getLast().equals("result" + held)
                        && !want.getLast().equals("result" + held);
                var order = heldLast ? "The results are in the order the tasks finished (task" + held + " was held by the test and"
                        + " finished last), not the order they were given."
                        : actual.equals(want.reversed()) ? "The results are in reverse order."
                        : "The results are not in the order the tasks were given.";
                throw new AssertionError(what + ": position " + i + " holds '" + actual.get(i) + "' but should hold '" + want.get(i)
                        + "'. " + order + " Keep the futures in a list in submission order and get() them in that order.\n  "
                        + Lesson.RESULTS_IN_ORDER);
            }
        }
        if (actual.size() != want.size()) {
            throw new AssertionError(what + " has " + actual.size() + " results; there are " + want.size() + " tasks, one result each.");
        }
    }

    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsEveryResultInTaskOrderThenTheFinalLine(HeldAt held) throws InterruptedException {
        var r = start(new Workload(100, 0, RecordingOut.counting(() -> 0), held), 50);
        Expect.returnedNormally(r.run(), FILE);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).filter(t -> !t.equals("123")).toList();
        inTaskOrder("The printed results", printed, r);
        var last = r.out().lines().getLast().text();
        if (!last.equals("123")) throw new AssertionError("The last line printed is '" + last + "'; print '123' after all the results.");
    }

    /** The held task is the first, a middle or the last one: a timed wait on only some futures meets it too. */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = start(new Workload(100, 0, RecordingOut.counting(() -> 0), held), 50);
        Expect.timedWaitsRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
        if (r.run().thrown() == null) inTaskOrder("The returned list", r.returned(), r);
    }

    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = start(new Workload(100, 0, RecordingOut.counting(() -> 0)).holdThroughInterrupts(), 50, true);
        Expect.interruptRespected(r.run(), r.out(), r.work(), "123", pools.created(), FILE);
        if (r.out().linesEqualTo("123").isEmpty() || r.run().thrown() != null) return; // it stopped and said so
        // It went on to the end: then the results it printed and returned must be all of them, as without the interrupt.
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).filter(t -> !t.equals("123")).toList();
        int returned = r.returned() == null ? 0 : r.returned().size();
        if (r.run().interruptSent() && (printed.size() < 100 || returned < 100)) {
            throw new AssertionError("Your thread was interrupted while it waited for task" + r.work().stragglerIndex() + " (the test"
                    + " interrupted it), and your code stopped collecting results but went on as if it had them all: it printed "
                    + printed.size() + " of 100 results and '123', and returned " + returned + ". An interrupt asks your code to"
                    + " stop, not to hand back part of the work as the whole: keep waiting (and set the flag again afterwards),"
                    + " or let the InterruptedException leave your method.\n  " + Lesson.INTERRUPTS);
        }
        inTaskOrder("The printed results", printed, r);
        inTaskOrder("The returned list", r.returned(), r);
    }

    @Test
    void returnsEveryResultInTaskOrder() throws InterruptedException {
        var r = run(100, 50);
        Expect.waitedForEveryTask(r.run(), r.work(), pools.created());
        inTaskOrder("The returned list", r.returned(), r);
    }

    @Test
    void usesOnePoolAndShutsItDown() throws InterruptedException {
        var r = run(100, 50);
        Expect.onePoolOfSize(pools, 50);
        Expect.waitedForEveryTask(r.run(), r.work(), pools.created());
        Expect.everyTaskRanOnce(r.work(), pools.created());
        Expect.tasksRanOnThePool(r.run(), pools);
        Expect.poolShutDown(pools);
    }

    /** The held task returns only once your thread waits for its result; by then every task should have been submitted. */
    @Test
    void submitsEveryTaskBeforeWaitingForAnyResult() throws InterruptedException {
        var r = run(100, 50);
        int submitted = r.submittedWhenHeldEnded();
        if (submitted >= 0 && submitted < 100) {
            throw new AssertionError("Your tasks ran one after another: task" + r.work().stragglerIndex() + " was held by the test until"
                    + " your thread waited for its result, and by then only " + submitted + " of 100 tasks had been submitted."
                    + " Calling get() right after each submit() waits for that task before the next one is even handed to the pool."
                    + " Submit every task first (one loop, keeping the futures in a list), then get() them in order (a second loop).\n  "
                    + Lesson.RESULTS_IN_ORDER);
        }
    }

    @Test
    void worksOnAPoolOfOneThread() throws InterruptedException {
        var r = run(10, 1);
        inTaskOrder("The returned list", r.returned(), r);
        Expect.finalLineAfterEveryTask(r.run(), r.out(), r.work(), "123", pools.created());
    }
}
