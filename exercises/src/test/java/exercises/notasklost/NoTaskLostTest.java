package exercises.notasklost;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.InterruptExpect;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every task is held by the test until your thread stops submitting and waits, so the pool's threads are busy and
 * its queue is full while you submit: what your pool does with a task that does not fit is tested on every run.
 * Task 0 is held until your thread waits for the pool itself, so printing too early is caught every time.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class NoTaskLostTest {

    private static final String FILE = exercises.support.Stub.file(NoTaskLost.class);
    private static final String FINAL = "123";

    private final List<BoundedWork> works = new ArrayList<>();

    @AfterEach
    void nothingOutlivesTheTest() throws InterruptedException {
        for (var w : works) w.close();
    }

    private record Outcome(BoundedWork work, RecordingOut out, BoundedRun run, int threads, int queueCapacity) {}

    private Outcome run(int tasks, int threads, int queueCapacity) throws InterruptedException {
        var o = start(tasks, threads, queueCapacity, false);
        returnedNormally(o);
        return o;
    }

    private Outcome start(int tasks, int threads, int queueCapacity, boolean adversaryTime) throws InterruptedException {
        return start(tasks, threads, queueCapacity, adversaryTime, false);
    }

    private Outcome start(int tasks, int threads, int queueCapacity, boolean adversaryTime, boolean interrupting)
            throws InterruptedException {
        return start(tasks, threads, queueCapacity, adversaryTime,
                interrupting ? BoundedRun.Interrupt.WHILE_ONLY_TASK_0_IS_LEFT : BoundedRun.Interrupt.NEVER);
    }

    private Outcome start(int tasks, int threads, int queueCapacity, boolean adversaryTime, BoundedRun.Interrupt interrupt)
            throws InterruptedException {
        return start(tasks, threads, queueCapacity, adversaryTime, interrupt, 0);
    }

    /**
     * Held at a position other than the first: as many tasks as the pool holds (three threads, a queue of three), so
     * every task lands on the pool and none is run by your thread (a task your thread ran itself has ended when it
     * goes on), and the held one is a worker's to run, in the middle or at the end of the queue.
     */
    private Outcome heldWhereAWorkerRunsIt(HeldAt held, boolean adversaryTime) throws InterruptedException {
        return start(6, 3, 3, adversaryTime, BoundedRun.Interrupt.NEVER, held.index(6));
    }

    /** {@code straggler}: the task held until your thread waits and every other task has ended. */
    private Outcome start(int tasks, int threads, int queueCapacity, boolean adversaryTime, BoundedRun.Interrupt interrupt,
                          int straggler) throws InterruptedException {
        boolean interrupting = interrupt == BoundedRun.Interrupt.WHILE_ONLY_TASK_0_IS_LEFT;
        var out = RecordingOut.counting(() -> 0);
        var work = new BoundedWork(tasks, out, straggler);
        if (adversaryTime) work.withAdversaryTime();
        if (interrupting) work.holdThroughInterrupts();
        works.add(work);
        out.countWith(work::unfinished);
        exercises.support.LearnerRun.LearnerCode code =
                () -> NoTaskLost.runAll(work.maker(), threads, queueCapacity, work.tasks(), FINAL, out);
        OwnWaits.startRun(adversaryTime); // your own timed waits (a latch, a semaphore's tryAcquire) time out where the pool's do
        BoundedRun run;
        try {
            run = switch (interrupt) {
                case NEVER -> BoundedRun.run(work, code);
                case WHILE_ONLY_TASK_0_IS_LEFT -> BoundedRun.interrupting(work, code);
                case WHILE_SUBMITTING -> BoundedRun.interruptingWhileSubmitting(work, code);
            };
        } finally {
            OwnWaits.endRun();
        }
        return new Outcome(work, out, run, threads, queueCapacity);
    }

    /**
     * Once every task but task 0 has finished and your thread waits for the pool, it is interrupted. Waiting on (close()
     * does, and sets the flag again) or stopping and saying so is right; printing while task 0 is unfinished is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var o = start(20, 2, 3, false, true);
        var t = o.run().thrown();
        if (!(t instanceof UnsupportedOperationException) && !o.work().neverRan().isEmpty()
                && o.work().made().stream().allMatch(m -> m.pool().removedByAnInterruptedClose() == 0)) {
            everyTaskRanOnce(o); // tasks lost before any interrupt (by the policy): that is the mistake to name
        }
        if (t instanceof UnsupportedOperationException || !o.run().interruptSent()) {
            returnedNormally(o);
            finalLineAfterEveryTask(o);
            return;
        }
        var finals = o.out().linesEqualTo(FINAL);
        var early = finals.isEmpty() || finals.getFirst().unfinishedTasks() == 0 ? null : "'" + FINAL + "' was printed while "
                + finals.getFirst().unfinishedTasks() + " of " + o.work().size() + " tasks had not finished";
        InterruptExpect.respected(t, o.run().flagSetAtReturn(), early, !finals.isEmpty(), "the final line", "tasks");
        if (!finals.isEmpty()) {
            finalLineAfterEveryTask(o);
            return;
        }
        InterruptExpect.poolsShutDownOnStop(o.work().made().stream().map(BoundedWork.Made::pool).toList());
    }

    /**
     * The first time your thread waits while the pool is still open (typically your policy waiting for room in the full
     * queue), it is interrupted. Waiting on and losing nothing, or stopping and saying so, is right; dropping the task (or
     * letting close() throw queued tasks away) and printing the final line is not.
     */
    @Test
    void anInterruptWhileWaitingForRoomLosesNoTask() throws InterruptedException {
        var o = start(20, 2, 3, false, BoundedRun.Interrupt.WHILE_SUBMITTING);
        var t = o.run().thrown();
        if (t instanceof UnsupportedOperationException || !o.run().interruptSent()) {
            returnedNormally(o); // it never waited before shutting the pool down (CallerRunsPolicy): nothing to interrupt
            everyTaskRanOnce(o);
            finalLineAfterEveryTask(o);
            return;
        }
        var finals = o.out().linesEqualTo(FINAL);
        if (finals.isEmpty()) {
            InterruptExpect.respected(t, o.run().flagSetAtReturn(), null, false, "the final line", "room in the queue");
            InterruptExpect.poolsShutDownOnStop(o.work().made().stream().map(BoundedWork.Made::pool).toList());
            return;
        }
        notStoppedWithShutdownNow(o);
        var waited = "The test interrupted your thread while it waited " + o.run().interruptedWhile() + ". ";
        if (t != null && InterruptExpect.causedByInterrupt(t)) {
            throw new AssertionError(waited + "Your code stopped and said so (your method threw " + t + "), which is right,"
                    + " but '" + FINAL + "' was printed all the same (from a finally block?): the final line says every task"
                    + " finished. Print it only on the path where the pool finished every task.\n  " + Lesson.INTERRUPTS);
        }
        var lost = o.work().neverRan();
        int thrownAway = o.work().made().stream().mapToInt(m -> m.pool().removedByAnInterruptedClose()).sum();
        if (lost.size() > thrownAway && o.work().made().stream().anyMatch(m -> m.watched().stoppedOnAnInterrupt)) {
            throw new AssertionError(waited + "Your policy then stopped and said so (it threw, with the interrupt flag set or the"
                    + " InterruptedException as the cause), which is right, but the code around execute() caught that exception,"
                    + " went on, and printed '" + FINAL + "' although " + lost.size() + " of " + o.work().size() + " tasks never ran."
                    + " Let the exception leave your method (or stop and print nothing): the final line says every task finished.\n  "
                    + Lesson.INTERRUPTS);
        }
        if (lost.size() > thrownAway) { // more than close() threw away: dropped on the way in
            throw new AssertionError(waited + "Then " + lost.size() + " of " + o.work().size() + " tasks never ran, e.g. "
                    + lost.subList(0, Math.min(5, lost.size())).stream().map(i -> "task" + i).toList() + ", and '" + FINAL
                    + "' was printed anyway: the task your code was waiting to hand over was dropped, without a word"
                    + droppedAfterIt(o, lost.size() - thrownAway - 1) + ". An interrupt asks your code to stop, not to lose work"
                    + " quietly: either keep waiting (" + (o.run().waitedForAPermit() ? "acquire the permit again" : "put again") + "),"
                    + " or stop and say so (throw, e.g. a RejectedExecutionException with the InterruptedException as its cause,"
                    + " after restoring the flag), and print no final line then.\n  " + Lesson.INTERRUPTS);
        }
        if (o.work().made().stream().anyMatch(m -> m.pool().stoppedByAnInterruptedClose())) {
            throw new AssertionError(waited + "Your code then closed the pool with the interrupt flag set, and close() answers an"
                    + " interrupt with shutdownNow(): it stopped the running tasks"
                    + (thrownAway > 0 ? " and threw away the " + thrownAway + " task(s) still in the queue" : "") + ", and then '"
                    + FINAL + "' was printed as if every task had finished. When interrupted, either stop and say so, without the"
                    + " final line (let an exception carrying the InterruptedException leave your method, or return with the flag"
                    + " set and print nothing), or keep waiting for room and set the flag again only once the pool has finished.\n  "
                    + Lesson.INTERRUPTS);
        }
        finalLineAfterEveryTask(o);
        InterruptExpect.respected(t, o.run().flagSetAtReturn(), null, true, "the final line", "room in the queue");
    }

    /**
     * What became of the tasks after the one dropped by the interrupt: handed to the pool and dropped by a policy whose
     * every wait ended at once (the flag still set), or never handed over at all.
     */
    private static String droppedAfterIt(Outcome o, int later) {
        if (later <= 0) return "";
        int neverHandedOver = Math.min(later, o.work().size() - o.work().made().stream().mapToInt(m -> m.pool().handedOver()).sum());
        if (neverHandedOver <= 0) {
            return " (and with the flag still set, every later wait ended at once, and " + later + " more task(s) were dropped"
                    + " that way)";
        }
        return " (and " + neverHandedOver + " task(s) after it never reached the pool at all: your code stopped handing tasks"
                + " over, or, with the flag still set, every later wait before handing one over ended at once)";
    }

    /**
     * Your timed awaitTermination or future's get() while tasks are unfinished times out at once (the test makes it, as
     * a slow day may). The held task is the first, one in the middle or the last, so a timed wait on only some of the
     * futures (the last one's, say) meets it too.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt held) throws InterruptedException {
        var o = held == HeldAt.FIRST ? start(20, 2, 3, true, BoundedRun.Interrupt.NEVER, 0) : heldWhereAWorkerRunsIt(held, true);
        if (!(o.run().thrown() instanceof UnsupportedOperationException)) notStoppedWithShutdownNow(o);
        boolean timedOut = o.work().made().stream().anyMatch(m -> m.pool().timedOut()) || o.work().getTimedOut();
        boolean ownTimedOut = !OwnWaits.timedOut().isEmpty();
        var t = o.run().thrown();
        if ((timedOut || ownTimedOut) && Expect.gaveUpLoudly(t, o.out(), FINAL)) {
            return; // it noticed that time ran out and stopped, printing nothing: correct
        }
        returnedNormally(o);
        var finals = o.out().linesEqualTo(FINAL);
        if (timedOut && finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0) {
            throw new AssertionError("'" + FINAL + "' was printed while " + finals.getFirst().unfinishedTasks() + " of " + o.work().size()
                    + " tasks had not finished. Your " + (o.work().getTimedOut() ? "timed get(...) threw TimeoutException" : "awaitTermination(...)"
                    + " returned false") + ", meaning \"time is up, tasks still running\""
                    + " (the test made it time out, as a slow day may, whatever the timeout), and your code printed anyway. Use its"
                    + " answer: " + (o.work().getTimedOut() ? "wait again on the same future until it returns, or get() without a"
                    + " timeout" : "wait again in a loop until it returns true") + ", or use try-with-resources.\n  " + Lesson.AWAIT_RESULT);
        }
        if (ownTimedOut && finals.size() == 1 && finals.getFirst().unfinishedTasks() > 0) {
            throw new AssertionError("'" + FINAL + "' was printed while " + finals.getFirst().unfinishedTasks() + " of " + o.work().size()
                    + " tasks had not finished.\n" + Expect.ownTimedOutMessage());
        }
        finalLineAfterEveryTask(o);
    }

    // ---- the checks, each with the message a learner reads ----

    private static void returnedNormally(Outcome o) {
        var t = o.run().thrown();
        if (t == null) return;
        if (t instanceof UnsupportedOperationException) {
            throw new AssertionError("Not started yet: " + t.getMessage() + "\n  Edit " + FILE, t);
        }
        if (o.run().slept()) {
            throw new AssertionError(Expect.sleptWhile("tasks were still running (the test interrupted it)",
                    "wait for the pool itself.", Lesson.SLEEPING), t);
        }
        if (t instanceof RejectedExecutionException) {
            var policy = o.work().made().isEmpty() ? "its policy" : o.work().made().getFirst().handler().getClass().getSimpleName();
            throw new AssertionError("RejectedExecutionException escaped from your method: the pool's " + threads(o.threads())
                    + " busy and its queue of " + o.queueCapacity() + " was full, so its " + policy + " refused the next task"
                    + (policy.equals("AbortPolicy") ? " (AbortPolicy is also what the constructors without a policy give you)" : "")
                    + ". A full queue is normal under load: choose a policy that hands the task back to the submitting thread"
                    + " (CallerRunsPolicy), or block the submitter until there is room."
                    + (o.run().waitedForAPermit() ? " A semaphore in front of the pool does not prevent it: a task gives its"
                    + " permit back when it ends, before its worker has taken the next task out of the full queue, so the next"
                    + " execute() can still find the queue full.\n  " + Lesson.SEMAPHORE_RACE : "\n  " + Lesson.BACK_PRESSURE), t);
        }
        throw new AssertionError("Your code threw " + t + " instead of returning normally; where it was thrown: ./learn check --verbose shows its stack trace.", t);
    }

    private static BoundedWork.Made onePool(Outcome o) {
        var made = o.work().made();
        if (made.isEmpty()) {
            throw new AssertionError("You did not make a pool with pools.newThreadPoolExecutor(corePoolSize, maximumPoolSize, queue, handler)."
                    + " Make the pool through it (where you would write new ThreadPoolExecutor(...)), so the tests can watch it.");
        }
        if (made.size() > 1) {
            throw new AssertionError("You made " + made.size() + " pools; make one, and submit every task to it.");
        }
        return made.getFirst();
    }

    private static void boundedOfTheGivenSize(Outcome o) {
        var m = onePool(o);
        if (m.unbounded()) {
            throw new AssertionError("The queue you gave the pool is unbounded (a " + m.queue().getClass().getSimpleName()
                    + " without a capacity: remainingCapacity() is Integer.MAX_VALUE). Such a queue is never full, so the pool never"
                    + " rejects anything, and nothing stops a fast submitter from piling up every task in memory."
                    + " Give it a bounded queue: new ArrayBlockingQueue<>(queueCapacity).\n  " + Lesson.BOUNDED_QUEUES);
        }
        if (m.queueCapacity() != o.queueCapacity()) {
            throw new AssertionError("The pool's queue holds " + m.queueCapacity() + " tasks; the exercise asks for queueCapacity = "
                    + o.queueCapacity() + ": new ArrayBlockingQueue<>(queueCapacity).\n  " + Lesson.BOUNDED_QUEUES);
        }
        if (m.core() != o.threads()) {
            throw new AssertionError("corePoolSize is " + m.core() + "; the pool must have threads = " + o.threads()
                    + " threads: pass it as corePoolSize (and as maximumPoolSize).\n  " + Lesson.BOUNDED_QUEUES);
        }
        if (m.max() != o.threads()) {
            throw new AssertionError("maximumPoolSize is " + m.max() + " but the pool may have only threads = " + o.threads()
                    + ". With a bounded queue, a ThreadPoolExecutor starts threads beyond the core size whenever the queue is full,"
                    + " up to the maximum: pass threads as both corePoolSize and maximumPoolSize.\n  " + Lesson.BOUNDED_QUEUES);
        }
    }

    /** shutdownNow() while tasks were unfinished: say so before anything it caused is blamed on the policy or the wait. */
    private static void notStoppedWithShutdownNow(Outcome o) {
        for (var m : o.work().made()) {
            if (!m.pool().stoppedEarly()) continue;
            int removed = m.pool().removedByShutdownNow();
            int unfinished = m.pool().unfinishedAtShutdownNow();
            int stopped = o.work().interrupted();
            int notHandedOver = m.pool().notHandedOverAtShutdownNow();
            // say only what this shutdownNow() did: the counts may be zero (a task that ignores its interrupt keeps going)
            var did = new ArrayList<String>();
            if (removed > 0) did.add("it took the " + removed + " task(s) still waiting in the queue out of it (it returns them as"
                    + " a List<Runnable>, and nobody runs them)");
            did.add(stopped > 0 ? "it interrupted the running tasks, so " + stopped + " task(s) stopped before finishing"
                    : "it interrupted the running tasks (these ones went on, but a task that answers its interrupt stops unfinished)");
            if (notHandedOver > 0) did.add("the pool refuses the " + notHandedOver + " task(s) not handed over yet (a pool that"
                    + " was shut down accepts nothing)");
            throw new AssertionError("Your code called shutdownNow() while " + unfinished + " of " + o.work().size() + " tasks had"
                    + " not finished. shutdownNow() does not wait for them, it stops them: " + String.join("; ", did) + "."
                    + " To let every task finish, close the pool (try-with-resources), or call shutdown() and then awaitTermination,"
                    + " and check that it returned true.\n  " + Lesson.SHUTDOWN_NOW);
        }
    }

    private static void everyTaskRanOnce(Outcome o) {
        notStoppedWithShutdownNow(o);
        var lost = o.work().neverRan();
        if (!lost.isEmpty()) {
            var m = o.work().made().isEmpty() ? null : o.work().made().getFirst();
            boolean dropsTasks = m != null && (m.handler() instanceof ThreadPoolExecutor.DiscardPolicy
                    || m.handler() instanceof ThreadPoolExecutor.DiscardOldestPolicy || m.handler() instanceof ThreadPoolExecutor.AbortPolicy);
            if (m != null && !dropsTasks && !o.run().terminatedAtReturn().getFirst()) {
                throw new AssertionError("Your method returned before the pool had finished (it had not terminated), and "
                        + lost.size() + " of " + o.work().size() + " tasks had still not run when the test looked. Your rejection"
                        + " policy loses nothing"
                        + (m.handler() instanceof ThreadPoolExecutor.CallerRunsPolicy ? " (CallerRunsPolicy is right)" : "")
                        + "; the missing piece is the wait. Wait for the pool before printing and returning: close()"
                        + " (try-with-resources), or shutdown() and awaitTermination in a loop.\n  " + Lesson.WAITING);
            }
            var msg = new StringBuilder(lost.size() + " of " + o.work().size() + " tasks never ran, e.g. "
                    + lost.subList(0, Math.min(5, lost.size())).stream().map(i -> "task" + i).toList() + ".");
            if (m != null) {
                int rejected = m.watched().rejections.get();
                msg.append(" The pool rejected ").append(rejected).append(" task(s) because its queue was full");
                if (m.handler() instanceof ThreadPoolExecutor.DiscardPolicy) {
                    msg.append(", and DiscardPolicy dropped each of them without a word: no exception, no log, and a submit()"
                            + " future that never completes.");
                } else if (m.handler() instanceof ThreadPoolExecutor.DiscardOldestPolicy) {
                    msg.append(", and DiscardOldestPolicy made room each time by throwing away the oldest task still waiting in the queue.");
                } else if (m.handler() instanceof ThreadPoolExecutor.AbortPolicy) {
                    msg.append(", and AbortPolicy threw RejectedExecutionException for each: your code caught it and moved on,"
                            + " so those tasks were simply not run.");
                } else {
                    var handler = m.handler().getClass();
                    var name = handler.isSynthetic() || handler.getName().contains("$$Lambda") ? "own handler (a lambda)"
                            : handler.getSimpleName().isEmpty() ? "own handler (an anonymous class)" : handler.getSimpleName();
                    msg.append(", and your ").append(name).append(" did not get them run.");
                    if (o.run().policyTimedWaitHeld()) {
                        msg.append(" It waited for room with a timeout (such as offer(task, timeout)); the time ran out while the"
                                + " queue was still full (the test kept the tasks running), and the task was dropped. Use the answer:"
                                + " wait again until offer returns true, or wait with put().");
                    }
                }
                msg.append(" Use a policy that loses nothing: CallerRunsPolicy runs the task on the submitting thread, which also slows"
                        + " the submitter down to the pool's pace; or a handler that waits for room in the queue.");
            }
            throw new AssertionError(msg + "\n  " + Lesson.REJECTION_POLICIES);
        }
        var twice = o.work().ranTwice();
        if (!twice.isEmpty()) {
            throw new AssertionError(twice.size() + " task(s) ran more than once, e.g. task" + twice.getFirst()
                    + ". Hand each task to the pool once (execute or submit), and do not also run it yourself.");
        }
    }

    private static void tasksRanOnThePoolOrOnTheSubmitter(Outcome o) {
        var allowed = new ArrayList<Thread>(o.work().workers());
        allowed.add(o.run().learnerThread());
        var others = o.work().taskThreads().stream().filter(t -> !allowed.contains(t)).toList();
        if (!others.isEmpty()) {
            throw new AssertionError("Tasks ran on " + others.size() + " thread(s) that are neither the pool's workers nor your own thread,"
                    + " e.g. '" + others.getFirst().getName() + "'. Submit every task to the pool you made with pools.newThreadPoolExecutor.");
        }
    }

    private static void finalLineAfterEveryTask(Outcome o) {
        notStoppedWithShutdownNow(o);
        var finals = o.out().linesEqualTo(FINAL);
        if (finals.isEmpty()) {
            throw new AssertionError("'" + FINAL + "' was never printed to the output you were given (out). Print it with"
                    + " out.println(finalLine) after the tasks, not with System.out.");
        }
        if (finals.size() > 1) {
            throw new AssertionError("'" + FINAL + "' was printed " + finals.size() + " times; print it once, after every task.");
        }
        var line = finals.getFirst();
        int lost = o.work().neverRan().size();
        if (lost > 0 && line.unfinishedTasks() <= lost && o.work().made().stream().anyMatch(m -> m.pool().offerTimedOut())) {
            throw new AssertionError("'" + FINAL + "' was printed after every task that ran, but " + lost + " of " + o.work().size()
                    + " tasks never ran at all. Your policy's timed offer(task, timeout, unit) on the full queue returned false (the"
                    + " test made it time out at once, as it may on a slow day, whatever the timeout), and the task was dropped. Use"
                    + " its answer: offer again until it returns true, or wait for room with put().\n  " + Lesson.REJECTION_POLICIES);
        }
        if (lost > 0 && line.unfinishedTasks() <= lost) {
            throw new AssertionError("'" + FINAL + "' was printed after every task that ran, but " + lost + " of " + o.work().size()
                    + " tasks never ran at all: the pool lost them when its queue was full, so they will never finish.\n  "
                    + Lesson.REJECTION_POLICIES);
        }
        if (line.unfinishedTasks() > 0 && o.work().interruptedOn().contains(o.run().learnerThread())) {
            throw new AssertionError("'" + FINAL + "' was printed while " + line.unfinishedTasks() + " of " + o.work().size()
                    + " tasks had not finished. Your thread ran a task itself (in its rejection policy) while its interrupt flag"
                    + " was set: the task saw the interrupt at once and stopped unfinished, as an interrupted task should. An"
                    + " interrupted thread should not start new work: stop and say so (throw, or return without the final line),"
                    + " or keep the interrupt aside while it runs the task and set the flag again at the end.\n  " + Lesson.INTERRUPTS);
        }
        if (line.unfinishedTasks() > 0 && o.work().futureWaitedOn()) {
            throw new AssertionError("'" + FINAL + "' was printed while " + line.unfinishedTasks() + " of " + o.work().size()
                    + " tasks had not finished. You waited for some of the tasks' futures (get()), but not for every one: the"
                    + " test held task " + o.work().stragglerIndex() + " until the others had ended, and nothing waited for it."
                    + " Tasks do not end in the order they were handed over: get() every future, or close the pool"
                    + " (try-with-resources waits for every task), then print.\n  " + Lesson.WAITING);
        }
        if (line.unfinishedTasks() > 0) {
            throw new AssertionError("'" + FINAL + "' was printed while " + line.unfinishedTasks() + " of " + o.work().size()
                    + " tasks had not finished. Handing every task over (even to a full pool) is not waiting for them: close the pool"
                    + " (leaving try-with-resources waits for every task) or shutdown() and awaitTermination, then print.\n  " + Lesson.WAITING);
        }
        if (line.thread() != o.run().learnerThread()) {
            throw new AssertionError("'" + FINAL + "' was printed by thread '" + line.thread().getName() + "', not by the thread that"
                    + " called your method: print it yourself, after waiting.\n  " + Lesson.TASKS_IN_THE_POOL);
        }
        if (o.run().neverBlocked() && o.run().spunInPolicy()) {
            throw new AssertionError("Your thread used " + o.run().spinTime() + " of CPU time without ever blocking while tasks were"
                    + " held, in your rejection policy: a loop that tries offer() again and again until there is room is"
                    + " busy-waiting, and burns a core the pool's threads could use. Block until there is room: put(), or"
                    + " offer(task, timeout, unit) in a loop that looks at its answer.\n  " + Lesson.BUSY_WAITING);
        }
        if (o.run().neverBlocked()) {
            throw new AssertionError("Your thread used " + o.run().spinTime() + " of CPU time without ever blocking while tasks were held: that is busy-waiting."
                    + " Block in close() or awaitTermination instead.\n  " + Lesson.BUSY_WAITING);
        }
    }

    private static void poolShutDown(Outcome o) {
        var m = onePool(o);
        if (!o.run().terminatedAtReturn().getFirst()) {
            throw new AssertionError("Your method returned, but the pool had not terminated: "
                    + (m.pool().isShutdown() ? "it was shut down, but not waited for." : "it was never shut down, so its "
                    + threads(o.work().workers().size()) + " still alive, waiting for work; such threads keep the JVM from exiting.")
                    + " Use try-with-resources (close() shuts down and waits).\n  " + Lesson.NEVER_SHUT_DOWN);
        }
    }

    private static String threads(int n) {
        return n == 1 ? "only thread was" : n + " threads were";
    }

    // ---- the tests ----

    @Test
    void losesNoTaskWhenTheQueueIsFull() throws InterruptedException {
        var o = run(20, 2, 2);
        everyTaskRanOnce(o);
        tasksRanOnThePoolOrOnTheSubmitter(o);
    }

    /**
     * The held task is the first (with more tasks than fit, so your policy is put to work), one in the middle or the
     * last (with as many as fit, so each is a worker's to run): waiting for all but some of them is caught too.
     */
    @ParameterizedTest(name = "the held task is the {0} one")
    @EnumSource(HeldAt.class)
    void printsTheFinalLineOnlyAfterEveryTaskFinished(HeldAt held) throws InterruptedException {
        var o = held == HeldAt.FIRST ? start(20, 2, 2, false, BoundedRun.Interrupt.NEVER, 0) : heldWhereAWorkerRunsIt(held, false);
        returnedNormally(o);
        finalLineAfterEveryTask(o);
    }

    @Test
    void makesOneBoundedPoolOfTheGivenSize() throws InterruptedException {
        var o = run(20, 3, 4);
        boundedOfTheGivenSize(o);
    }

    @Test
    void shutsThePoolDownBeforeReturning() throws InterruptedException {
        var o = run(20, 2, 2);
        poolShutDown(o);
    }

    @Test
    void worksWithOneThreadAndAQueueOfOne() throws InterruptedException {
        var o = run(10, 1, 1);
        boundedOfTheGivenSize(o);
        everyTaskRanOnce(o);
        finalLineAfterEveryTask(o);
        poolShutDown(o);
    }
}
