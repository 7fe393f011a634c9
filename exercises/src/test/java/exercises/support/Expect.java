package exercises.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions whose failure messages teach: what happened (in numbers), what to look at, where to read.
 * A learner sees only these messages, so each one must stand on its own.
 */
public final class Expect {

    private Expect() {}

    /** The learner's code returned normally; an untouched stub gets a "not started yet" message. */
    public static void returnedNormally(LearnerRun run, String exerciseFile) {
        var t = run.thrown();
        if (t instanceof UnsupportedOperationException) {
            throw new AssertionError("Not started yet: " + t.getMessage() + "\n  Edit " + exerciseFile, t);
        }
        if (run.saw(LearnerRun.Seen.AWAITED_WITHOUT_SHUTDOWN)) {
            // Also when the learner's code caught the interrupt and went on: the wait was wrong either way.
            throw new AssertionError("You called awaitTermination on " + (run.awaitedPool() ? "a pool" : "an executor")
                    + " that was never shut down. " + (run.awaitedPool() ? "A pool" : "An executor")
                    + " that is not shut down keeps waiting for new tasks, so it never terminates: awaitTermination can only wait"
                    + " out its whole timeout (the test interrupted it). Call shutdown() first, or use try-with-resources.\n  "
                    + Lesson.SHUTDOWN_IS_NOT_WAITING, t);
        }
        if (t == null) return;
        if (t instanceof InterruptedException && run.saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN)) {
            throw new AssertionError(sleptMessage(run), t);
        }
        throw new AssertionError("Your code threw " + t + " instead of returning normally.\n  Where it was thrown: ./learn check --verbose shows its stack trace; "
                + "a task's exception reaches you only through Future.get().", t);
    }

    /**
     * The final line was printed exactly once, by the learner's thread, when every task had finished.
     * On failure the message explains the likely cause from what the pool saw.
     */
    public static void finalLineAfterEveryTask(LearnerRun run, RecordingOut out, Workload work, String finalLine,
                                               List<WatchedPool> pools) {
        var finals = out.linesEqualTo(finalLine);
        // Returned with work unfinished, the line not printed yet (another thread may print it later): that is the story.
        if (finals.isEmpty() && run.unfinishedWhenDone() > 0) waitedForEveryTask(run, work, pools);
        if (finals.isEmpty()) {
            var hint = run.saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN) ? "\n" + sleptMessage(run) : "";
            throw new AssertionError("'" + finalLine + "' was never printed to the output you were given (out)."
                    + " Print it with out.println(\"" + finalLine + "\") after the tasks, not with System.out." + hint);
        }
        if (finals.size() > 1) {
            throw new AssertionError("'" + finalLine + "' was printed " + finals.size() + " times; print it once, after every task.");
        }
        var line = finals.getFirst();
        if (line.unfinishedTasks() > 0) {
            int n = line.unfinishedTasks();
            var msg = new StringBuilder("'" + finalLine + "' was printed while " + n + " of " + work.size()
                    + " tasks " + (n == 1 ? "was" : "were") + " still running (or waiting to run).");
            msg.append('\n').append(diagnosis(run, line, pools, work.size() - n, work.size()));
            throw new AssertionError(msg.toString());
        }
        if (line.thread() != run.learnerThread()) {
            boolean poolWorker = pools.stream().anyMatch(p -> p.workers().contains(line.thread()));
            throw new AssertionError("'" + finalLine + "' was printed by " + threadName(line.thread())
                    + ", not by the thread that called your method. Print the final line yourself, after waiting: "
                    + (poolWorker ? "do not hand it to the pool as one more task.\n  " + Lesson.TASKS_IN_THE_POOL
                    : "not from another thread or a callback, which runs whenever it runs, maybe after your method has"
                    + " returned.\n  " + (run.hasPools() ? Lesson.TASKS_IN_THE_POOL : Lesson.JOIN)));
        }
        if (run.saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN)) throw new AssertionError(sleptMessage(run));
        if (run.saw(LearnerRun.Seen.BUSY_WAITED)) throw new AssertionError(busyMessage());
        if (run.saw(LearnerRun.Seen.NEVER_BLOCKED)) throw new AssertionError(neverBlockedMessage(run.spinTime()));
    }

    /**
     * A CompletableFuture timer of the learner's went off while a task was held, and the code went on ({@code when}: how
     * far the work had got, e.g. "37 of 100 tasks had finished").
     */
    public static String timerWentOffMessage(String when) {
        return "A timer your code set (orTimeout or completeOnTimeout on a CompletableFuture, or a task on a"
                + " delayedExecutor) went off while a task was still running (the test held it until the timer had fired),"
                + " and your code went on when only " + when + ". " + TIMER_LESSON;
    }

    /** The same when the test did not hold anything for the timer: it only saw one pending while the learner waited. */
    public static String timerPendingMessage(String when) {
        return "A timer your code set (orTimeout or completeOnTimeout on a CompletableFuture, or a task on a"
                + " delayedExecutor) was pending while your thread waited, and your code went on when only " + when
                + ": the timer ended the wait before the tasks did. " + TIMER_LESSON;
    }

    private static final String TIMER_LESSON = "A timer does not finish or stop the task: completeOnTimeout"
                + " puts a placeholder where its result should be, orTimeout makes join() throw a TimeoutException, and on a"
                + " slow or busy machine the timer goes off for work that would have finished. Wait for every future without"
                + " a timer (join() each one, or allOf(...).join()).\n  "
                + Lesson.TIMEOUTS;

    private static String threadName(Thread t) {
        return t.getName().isEmpty() ? "an unnamed " + (t.isVirtual() ? "virtual " : "") + "thread" : "thread '" + t.getName() + "'";
    }

    /** Why the learner's code went on while work was unfinished ({@code finished} of {@code total} tasks had finished). */
    private static String diagnosis(LearnerRun run, RecordingOut.Line line, List<WatchedPool> pools, int finished, int total) {
        if (run.saw(LearnerRun.Seen.SLEPT_WHILE_TASKS_RAN)) return sleptMessage(run);
        if (run.waiterLeftBehind() != null && (line == null || line.thread() != run.learnerThread())) {
            return "When your method returned, thread '" + run.waiterLeftBehind() + "', which your code started, was still at"
                    + " work in your code (waiting for the tasks, it seems): the waiting" + (line == null ? " was" : " and the final line were")
                    + " left to another thread, so your method returned before the work was done, and its caller cannot"
                    + " tell when it is. Wait in the method itself: join() every thread there, then print.\n  "
                    + (run.hasPools() ? Lesson.WAITING : Lesson.JOIN);
        }
        if (line != null && line.thread() != run.learnerThread() && pools.stream().anyMatch(p -> p.workers().contains(line.thread()))) {
            return "It was printed by pool thread '" + line.thread().getName() + "': the final line was submitted as one more task, "
                    + "and a pool runs tasks side by side, not one after another.\n  " + Lesson.TASKS_IN_THE_POOL;
        }
        for (var p : pools) {
            if (p.shutdownNowCalled()) {
                return "You called shutdownNow(): it interrupts running tasks and throws away queued ones; it does not wait for them."
                        + "\n  " + Lesson.SHUTDOWN_NOW;
            }
        }
        for (var p : pools) {
            if (!p.timedOut().isEmpty() && !(p.timedOutOnlyInALoop() && !OwnWaits.timedOut().isEmpty())) return timedOutMessage(p);
        }
        if (!OwnWaits.timedOut().isEmpty()) return ownTimedOutMessage();
        if (run.saw(LearnerRun.Seen.OWN_TIMER_WENT_OFF)) {
            return timerWentOffMessage(finished + " of " + total + " tasks had finished");
        }
        for (var p : pools) {
            if (p.futureGetCalled()) {
                return "You waited on some futures, but not on every one: a task you never called get() on was still running."
                        + "\n  " + Lesson.EVERY_FUTURE;
            }
        }
        for (var p : pools) {
            if (p.shutdownCalled() && !p.closeCalled() && p.calls().stream().noneMatch(c -> c.startsWith("awaitTermination"))) {
                return "You called shutdown() and then printed: shutdown() returns at once. It only stops the pool from accepting new tasks;"
                        + " it does not wait for the ones already submitted. Follow it with awaitTermination in a loop, or use try-with-resources."
                        + "\n  " + Lesson.SHUTDOWN_IS_NOT_WAITING;
            }
        }
        for (var p : pools) {
            if (p.calls().stream().anyMatch(c -> c.startsWith("invokeAny"))) {
                return "You called invokeAny: it returns the result of ONE task, the first to complete, and cancels the others."
                        + " It is for \"any answer will do\", not for running every task. Use invokeAll, or submit every task and"
                        + " wait for the pool (close()).\n  " + Lesson.WAITING;
            }
        }
        var handedIn = pools.stream().flatMap(p -> p.calls().stream()).toList();
        // A latch of the learner's own is named below, not these; only a wait seen before the print can explain it.
        var ownWaitBefore = line == null ? run.ownWait() : run.ownWaitBefore(line.at());
        var ownWait = ownWaitBefore == null ? "" : ownWaitBefore;
        if (handedIn.contains("ExecutorCompletionService.submit") && (ownWait.isEmpty() || ownWait.startsWith("ExecutorCompletionService."))) {
            return "You handed the tasks to an ExecutorCompletionService, whose take() waits for ONE task (whichever finishes next)."
                    + " Your code went on when only " + finished + " of " + total + " tasks had finished, so it called take()"
                    + " at most " + finished + " times: call take() once for every task you submitted (" + total + " times), not fewer.\n  "
                    + Lesson.EVERY_FUTURE;
        }
        if (run.saw(LearnerRun.Seen.OWN_TIMED_WAIT) && !ownWait.isEmpty()) {
            return "Your thread waited in " + ownWait + "() with a timeout, on an object your code made, and went on when only "
                    + finished + " of " + total + " tasks had finished: the time ran out (the test held a task back until it"
                    + " did) and your code carried on as if the work were done. A timed wait ends when its time is up,"
                    + " finished or not, at any timeout, on a slow or busy machine. Use what it returns: wait again in a loop"
                    + " until it says the work is done, or wait without a timeout (close(), join(), await()).\n  "
                    + Lesson.AWAIT_RESULT;
        }
        if (handedIn.stream().anyMatch(c -> c.startsWith("CompletableFuture.")) && (ownWait.isEmpty() || ownWait.startsWith("CompletableFuture."))) {
            return "You ran the tasks as CompletableFutures on the pool, and went on when only " + finished + " of " + total
                    + " had finished: join() (or get()) of one CompletableFuture waits for that one task only, not for the"
                    + " ones submitted before it. Join every future, or CompletableFuture.allOf(all of them).join().\n  "
                    + Lesson.EVERY_FUTURE;
        }
        if (ownWait.equals("Semaphore.acquire")) {
            return "Your thread waited in Semaphore.acquire(), and that wait ended when only " + finished + " of " + total
                    + " tasks had finished: it asked for fewer permits than there are tasks (acquire(n - 1), or a count one short)."
                    + " Each task gives back one permit when it ends, so acquire exactly as many permits as tasks you submitted"
                    + " (" + total + ").\n  " + Lesson.EVERY_FUTURE;
        }
        if (ownWait.equals("Object.wait")) {
            return "Your thread waited in Object.wait(), and that wait ended when only " + finished + " of " + total
                    + " tasks had finished. wait() returns at the first notify() or notifyAll() (the first task done), and may"
                    + " even return with no notify at all (a spurious wake-up); it never tells you whether what you wait for has"
                    + " happened. Call it in a loop that checks again: while (done < tasks.size()) lock.wait();\n  "
                    + (run.hasPools() ? Lesson.EVERY_FUTURE : Lesson.WITHOUT_JOIN);
        }
        if (line != null && ownWaitBefore == null && line.thread() == run.learnerThread() && run.closedAfter(line.at())) {
            return "Your thread printed it first and only then waited, in close(): the print is inside the try-with-resources"
                    + " block, and the executor's close(), which waits for every task, runs when the block ends. Move the print"
                    + " after the block's closing brace.\n  " + Lesson.TASKS_IN_THE_POOL;
        }
        if (ownWaitBefore != null) {
            return "Your thread waited in " + ownWaitBefore + "(), but that wait ended while a task was still running: it waited for"
                    + " fewer tasks than there are (a count one short, a latch or semaphore sized wrong, take() or join() for only"
                    + " some of them). Make the wait cover every task you were given.\n  " + Lesson.EVERY_FUTURE;
        }
        if (!pools.isEmpty()) {
            var p = pools.getFirst();
            return "Nothing waited for the tasks before the print (pool calls: " + p.calls().stream().distinct().collect(Collectors.joining(", "))
                    + "). submit() only queues a task and returns; wait with try-with-resources (close()), shutdown() + awaitTermination,"
                    + " invokeAll, or get() on every future.\n  " + Lesson.WAITING;
        }
        if (run.saw(LearnerRun.Seen.TIMED_JOIN)) {
            return "Your thread called join(millis) (or join(Duration)), a join with a timeout, on a thread that was still running."
                    + " join(millis) returns when the time is up even if the thread still runs, and does not tell you which happened"
                    + " (join(Duration) tells you only through the boolean it returns)."
                    + " Call join() without a timeout on every thread.\n  " + Lesson.JOIN;
        }
        if (!run.anyTaskStarted()) {
            return "No task had even started: a Thread runs its task only once start() is called, and join() of a thread that"
                    + " was never started returns at once. Call start() on every thread first, then join() each of them.\n  "
                    + Lesson.JOIN;
        }
        return "Your thread did not wait for every thread it started: call join() on each of them (joining only some is not enough)"
                + " before printing.\n  " + Lesson.WITHOUT_JOIN;
    }

    /**
     * For a timed wait on an object the learner's code made (its own thread, executor, latch...) that the test made time
     * out ({@link OwnWaits}), after which the code went on as if the work were done.
     */
    public static String ownTimedOutMessage() {
        var calls = OwnWaits.timedOut();
        var first = calls.getFirst();
        var others = calls.size() > 1 ? "\n  timed waits of yours that timed out: " + String.join(", ", calls) : "";
        if (first.startsWith("a process of yours")) {
            return "You started " + first + " and went on when it ended, a timer or a nap of your own making, while the work"
                    + " was unfinished: the test ended that process at once, as the work may outlast it on a slow or busy"
                    + " machine. A process's end says nothing about the work: wait for the work itself (join(), close(),"
                    + " get())." + others + "\n  " + Lesson.TIMEOUTS;
        }
        if (first.startsWith("sleep(") || first.startsWith("parkNanos(") || first.startsWith("parkUntil(")) {
            return "A thread of yours slept (" + first + ") and then went on, an alarm of your own making (it interrupts"
                    + " your waiting thread, or sets a flag), while the work was unfinished: the test made the sleep end at once,"
                    + " as the work may outlast any sleep on a slow or busy machine, and your code went on as if the work were"
                    + " done. A sleep knows nothing of the work: wait for the work itself (join(), close(), get()), and if you"
                    + " want a deadline, use a timed wait and act on what it answers." + others + "\n  " + Lesson.TIMEOUTS;
        }
        if (first.startsWith("orTimeout(") || first.startsWith("completeOnTimeout(") || first.startsWith("delayedExecutor(")
                || first.startsWith("schedule(")) {
            return "A timer your code set (" + first + ") went off while the work was unfinished (the test made it go off at"
                    + " once, as it would if the work were slow), and your code went on as if it had its answer. " + TIMER_LESSON;
        }
        if (first.startsWith("join(")) {
            return "Your " + first + " returned while that thread was still running: the test held its task and made the wait time"
                    + " out, as it may at any timeout on a slow or busy machine, and your code went on as if the work were done."
                    + " join(millis) returns when the time is up even if the thread still runs, and does not tell you which"
                    + " happened (join(Duration) tells you only through the boolean it returns). Call join() without a timeout,"
                    + " or join again until the thread is no longer alive." + others + "\n  " + Lesson.JOIN;
        }
        var answer = first.startsWith("get(") ? "threw TimeoutException" : first.startsWith("poll(") ? "returned null"
                : first.startsWith("wait(") ? "returned (a monitor's wait does not say whether it was notified)"
                : first.startsWith("invokeAll(") ? "came back with the unfinished tasks cancelled" : "returned false";
        return "Your " + first + " " + answer + " while the work was unfinished: the test held a task and made the wait time out,"
                + " as it may at any timeout on a slow or busy machine, and your code went on as if the work were done. A timed"
                + " wait tells you whether the work ended (awaitTermination, await and tryAcquire return false, get throws"
                + " TimeoutException): wait again (in a loop) until it says the work is done, or stop and report it; or wait"
                + " without a timeout (close(), get(), await())." + others + "\n  " + Lesson.AWAIT_RESULT;
    }

    /** For a pool one of whose timed waits the test made time out, and whose caller went on as if the work were done. */
    static String timedOutMessage(WatchedPool p) {
        var call = p.timedOut().getFirst();
        String what = call.startsWith("awaitTermination") ? "returned false, meaning \"time is up, tasks still running\","
                : call.startsWith("invokeAll") ? "ran out of time and cancelled the tasks it had not completed,"
                : "threw TimeoutException, meaning \"time is up, this task is still running\",";
        return "Your " + call + " " + what + " and your code went on as if the work were done. A timed wait can end before"
                + " the work, at any timeout, on a slow or busy machine (the test made it happen). Use its answer: wait again"
                + " (in a loop) until the work is done, or stop and report it; or wait without a timeout (close(), get()).\n  pool calls: "
                + p.calls().stream().distinct().collect(Collectors.joining(", ")) + "\n  " + Lesson.AWAIT_RESULT;
    }

    /**
     * The learner's method did not return (or throw) while a task was unfinished. Every test that looks at something
     * else first (the pool, the threads, the tasks) calls this, so that code which does not wait fails every test
     * with the same message, on every run, instead of failing whichever secondary check the timing happened to break.
     */
    public static void waitedForEveryTask(LearnerRun run, Workload work, List<WatchedPool> pools) {
        int n = run.unfinishedWhenDone();
        if (n <= 0) return;
        throw new AssertionError("Your method " + (run.thrown() == null ? "returned" : "threw " + run.thrown()) + " while " + n
                + " of " + work.size() + " tasks " + (n == 1 ? "was" : "were") + " still running (or waiting to run).\n"
                + diagnosis(run, null, pools, work.size() - n, work.size()));
    }

    /**
     * A run in which the test made a timed wait time out ({@link WatchedPool.Time#ADVERSARY}). Right: the final line
     * after every task (the code waited again), or no final line and an exception (it stopped and said so).
     */
    public static void timedWaitsRespected(LearnerRun run, RecordingOut out, Workload work, String finalLine,
                                           List<WatchedPool> pools, String exerciseFile) {
        boolean timedOut = pools.stream().anyMatch(p -> !p.timedOut().isEmpty()) || !OwnWaits.timedOut().isEmpty();
        if (timedOut && gaveUpLoudly(run, out, finalLine)) return; // it noticed the timeout and gave up loudly: correct
        returnedNormally(run, exerciseFile);
        finalLineAfterEveryTask(run, out, work, finalLine, pools);
        notRunAgain(run, work);
    }

    /** It threw (not the stub's exception) and printed no final line: after a wait that timed out, stopping and saying so. */
    public static boolean gaveUpLoudly(LearnerRun run, RecordingOut out, String finalLine) {
        return gaveUpLoudly(run.thrown(), out, finalLine);
    }

    /** The same for a run made otherwise ({@code thrown}: what the learner's code threw, or null). */
    public static boolean gaveUpLoudly(Throwable thrown, RecordingOut out, String finalLine) {
        return thrown != null && !(thrown instanceof UnsupportedOperationException) && out.linesEqualTo(finalLine).isEmpty();
    }

    /**
     * In a run where a timed wait of the learner's own timed out: it returned normally, without the final line, while tasks
     * were unfinished. It read the answer, but told its caller nothing: fails with a message that says so.
     */
    public static void notSilentAfterItsOwnTimeOut(LearnerRun run, RecordingOut out, String finalLine, int tasks) {
        int n = run.unfinishedWhenDone();
        if (OwnWaits.timedOut().isEmpty() || run.thrown() != null || !out.linesEqualTo(finalLine).isEmpty() || n <= 0) return;
        throw new AssertionError("Your method returned normally, without '" + finalLine + "', while " + n + " of " + tasks + " tasks "
                + (n == 1 ? "was" : "were") + " still running: your " + OwnWaits.timedOut().getFirst() + " ran out of time (the"
                + " test made it, as a slow machine may), and your code stopped quietly. Its caller cannot tell that the work is"
                + " unfinished (setting the interrupt flag does not say it either: nothing interrupted you). Wait again until the"
                + " work is done, or throw an exception that says it is not.\n  " + Lesson.AWAIT_RESULT);
    }

    /** In a run where a timed wait of the learner's own timed out ({@link OwnWaits}): it stopped with an exception, no final line. */
    public static boolean gaveUpLoudlyOnItsOwnTimeOut(LearnerRun run, RecordingOut out, String finalLine) {
        return !OwnWaits.timedOut().isEmpty() && gaveUpLoudly(run, out, finalLine);
    }

    /**
     * After a wait that timed out, no task was run a second time (by the learner's own thread, or handed to the pool
     * again): a timeout does not stop the first run, so the work is done twice and its result comes from either.
     */
    private static void notRunAgain(LearnerRun run, Workload work) {
        var twice = work.ranTwice();
        boolean onOwnThread = run.saw(LearnerRun.Seen.TASK_RAN_ON_LEARNER_THREAD);
        if (twice.isEmpty() && onOwnThread) {
            throw new AssertionError("A task ran on your own thread, not on the pool. Every task must be submitted to the pool;"
                    + " your thread only waits.\n  " + Lesson.TASKS_IN_THE_POOL);
        }
        if (twice.isEmpty()) return;
        throw new AssertionError("task" + twice.getFirst() + " ran twice" + (twice.size() > 1 ? " (and " + (twice.size() - 1)
                + " more tasks)" : "") + (onOwnThread ? ", once on your own thread" : "") + ". The test held it until a wait of"
                + " yours ran out of time, and your code ran it again. A timeout does not stop a task: the first run went on,"
                + " so its work was done twice. Wait again for the same future (in a loop, or without a timeout); never run a"
                + " task a second time because it is slow.\n  " + Lesson.TIMEOUTS);
    }

    /**
     * A run in which the learner's thread was interrupted while it waited ({@link LearnerRun#interrupting}). Right: it kept
     * waiting and printed after every task; or it stopped without the final line and said so (threw, e.g. the
     * InterruptedException itself, or returned with the interrupt status set again).
     */
    public static void interruptRespected(LearnerRun run, RecordingOut out, Workload work, String finalLine,
                                          List<WatchedPool> pools, String exerciseFile) {
        var t = run.thrown();
        if (t instanceof UnsupportedOperationException || !run.interruptSent()) {
            returnedNormally(run, exerciseFile);
            finalLineAfterEveryTask(run, out, work, finalLine, pools);
            return;
        }
        var finals = out.linesEqualTo(finalLine);
        if (!finals.isEmpty() && finals.getFirst().unfinishedTasks() > 0 && run.beforeTheInterrupt(finals.getFirst().at())) {
            finalLineAfterEveryTask(run, out, work, finalLine, pools); // printed before any interrupt: an early print, said so
        }
        if (!finals.isEmpty() && finals.getFirst().unfinishedTasks() > 0) {
            int n = finals.getFirst().unfinishedTasks();
            throw new AssertionError("'" + finalLine + "' was printed while " + n + " of " + work.size() + " tasks "
                    + (n == 1 ? "was" : "were") + " still running. Your thread was interrupted while it waited for them (the test"
                    + " interrupted it), and your code went on as if they had finished. An interrupt asks your code to stop"
                    + " waiting, not to pretend the work is done: let the InterruptedException leave your method (it is declared"
                    + " to throw it), or restore it with Thread.currentThread().interrupt() and return without the final line.\n  "
                    + Lesson.INTERRUPTS);
        }
        if (!finals.isEmpty()) {
            finalLineAfterEveryTask(run, out, work, finalLine, pools); // it kept waiting, as close() does: fine
            if (!run.flagSetAtReturn()) {
                throw new AssertionError("Your thread was interrupted while it waited for the tasks (the test interrupted it). It"
                        + " kept waiting, which is fine, but then returned with the interrupt dropped: your caller cannot tell that"
                        + " someone asked it to stop. After waiting, set it again with Thread.currentThread().interrupt(), as"
                        + " close() does.\n  " + Lesson.INTERRUPTS);
            }
            return;
        }
        for (var p : pools) {
            if (!p.isShutdownReally()) {
                throw new AssertionError("Your thread was interrupted while it waited for the tasks, and your code stopped (fine), but"
                        + " it left the pool running: its threads stay alive and keep the JVM from exiting. Shut the pool down on"
                        + " that path too (shutdownNow() stops its tasks; try-with-resources does it for you).\n  "
                        + Lesson.INTERRUPTS);
            }
        }
        if (t != null) {
            if (causedByInterrupt(t)) return;
            throw new AssertionError("Your thread was interrupted while it waited for the tasks (the test interrupted it), and your"
                    + " code then threw " + t + ". Let the InterruptedException itself leave your method, or wrap it as the cause.\n  "
                    + Lesson.INTERRUPTS, t);
        }
        if (!run.flagSetAtReturn()) {
            throw new AssertionError("Your thread was interrupted while it waited for the tasks (the test interrupted it), and your"
                    + " method returned quietly, without the final line and without saying why: the interrupt was swallowed, so"
                    + " your caller cannot tell that the work was abandoned. Let the InterruptedException leave your method, or call"
                    + " Thread.currentThread().interrupt() before returning.\n  " + Lesson.INTERRUPTS);
        }
    }

    private static boolean causedByInterrupt(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) if (c instanceof InterruptedException) return true;
        return false;
    }

    private static String sleptMessage(LearnerRun run) {
        if (run.polledBetweenSleeps()) {
            return "Your thread slept between asking whether the tasks were done (isTerminated() or isDone()). That loop does"
                    + " print after the tasks, but it is a poll, not a wait: it wakes up again and again while nothing has changed,"
                    + " and notices the end only at its next wake-up, up to one sleep late. Block until the work is done instead:"
                    + " awaitTermination in a loop, or close() (try-with-resources).\n  " + Lesson.BUSY_WAITING;
        }
        if (!run.hasPools()) {
            // Threads made by hand (chapter 01): a sleep, alone or in a loop that asks isAlive(), is the mistake to name.
            return "Your thread slept (Thread.sleep, or a parkNanos of its own) while threads were still running. Sleeping \"long enough\" is a guess, and a loop"
                    + " that sleeps until isAlive() turns false is a poll: it wakes up again and again while nothing has changed and"
                    + " notices the end only at its next wake-up. join() blocks until the thread has ended, and no longer: call it"
                    + " on every thread you started.\n  " + Lesson.JOIN;
        }
        return sleptWhile("tasks were still running",
                "on a slower or busier machine the tasks take longer. Wait for the tasks themselves.", Lesson.SLEEPING);
    }

    /**
     * The message for a learner who slept instead of waiting: one wording for every exercise,
     * with what was still running, the advice that fits the exercise, and where to read.
     */
    public static String sleptWhile(String stillRunning, String advice, Lesson lesson) {
        return "Your thread slept (Thread.sleep, or a parkNanos of its own) while " + stillRunning + ". Sleeping \"long enough\" is a guess, not a wait: "
                + advice + "\n  " + lesson;
    }

    private static String busyMessage() {
        return "Your thread polled isTerminated() more than " + LearnerRun.BUSY_POLLS + " times while a task was running: that is "
                + "busy-waiting, which burns a core the tasks could use. Block in awaitTermination (or close()) instead.\n  "
                + Lesson.BUSY_WAITING;
    }

    private static String neverBlockedMessage(String spinTime) {
        return "Your thread used " + spinTime + " of CPU time without blocking while a task was still running:"
                + " a loop that spins until the work is done is busy-waiting. Block in a real wait instead.\n  " + Lesson.BUSY_WAITING;
    }

    /** Every task ran exactly once. */
    public static void everyTaskRanOnce(Workload work, List<WatchedPool> pools) {
        var never = work.neverRan();
        if (!never.isEmpty()) {
            var why = pools.stream().anyMatch(WatchedPool::shutdownNowCalled)
                    ? " shutdownNow() threw them away before they started.\n  " + Lesson.SHUTDOWN_NOW
                    : " Submit every task you are given.";
            throw new AssertionError(never.size() + " of " + work.size() + " tasks never ran (e.g. task" + never.getFirst() + ")." + why);
        }
        var twice = work.ranTwice();
        if (!twice.isEmpty()) {
            throw new AssertionError(twice.size() + " tasks ran more than once (e.g. task" + twice.getFirst() + "); submit each task once.");
        }
    }

    /** Exactly one pool of the given size was made. */
    public static void onePoolOfSize(WatchedPool.Factory pools, int size) {
        var made = pools.created();
        if (made.isEmpty()) {
            throw new AssertionError("No pool was created: make it with the newFixedThreadPool function you were given"
                    + " (it builds a real Executors.newFixedThreadPool and lets the test watch it), not with new Thread or a parallel stream."
                    + "\n  " + Lesson.TASKS_IN_THE_POOL);
        }
        if (made.size() > 1) {
            throw new AssertionError(made.size() + " pools were created; one pool, reused for every task, is the point.\n  " + Lesson.TASKS_IN_THE_POOL);
        }
        var pool = made.getFirst();
        if (pool.requestedSize() != size) {
            throw new AssertionError("The pool has " + pool.requestedSize() + " threads; the exercise asks for poolSize = " + size + ".");
        }
    }

    /** Every task ran on a worker of the pools the learner made. */
    public static void tasksRanOnThePool(LearnerRun run, WatchedPool.Factory pools) {
        var outside = run.taskThreadsOutside(pools.created());
        if (!outside.isEmpty()) {
            var names = new ArrayList<String>();
            for (var t : outside) if (names.size() < 3) names.add(t.getName());
            throw new AssertionError("Tasks ran on " + outside.size() + " thread(s) that do not belong to the pool, e.g. " + names
                    + ". Every task must be submitted to the pool (not run on new Thread(...), a parallel stream or your own thread).\n  "
                    + Lesson.TASKS_IN_THE_POOL);
        }
    }

    /** Every pool the learner made was shut down (gracefully) by the time the method returned. */
    public static void poolShutDown(WatchedPool.Factory pools) {
        for (var pool : pools.created()) {
            if (pool.shutdownNowCalled() && pool.workLeftAtShutdownNow()) {
                throw new AssertionError("You called shutdownNow(): it interrupts running tasks and discards queued ones."
                        + " To finish the work and then stop, use shutdown() and wait, or try-with-resources.\n  " + Lesson.SHUTDOWN_NOW);
            }
            if (pool.shutdownNowCalled()) {
                throw new AssertionError("You called shutdownNow() after every task had ended, so here it stopped nothing. But"
                        + " shutdownNow() is the call for abandoning work: a reader takes it to mean that tasks were cut short."
                        + " When the work is done, say so plainly: shutdown(), or try-with-resources (close()).\n  " + Lesson.SHUTDOWN_NOW);
            }
            if (pool.shutdownLeftToAnotherThread()) {
                throw new AssertionError("Your method returned but the pool was shut down only by another thread of yours, and"
                        + " your method never waited for it to terminate: whether its threads are gone before the caller goes on is"
                        + " left to chance, and the caller cannot tell. Shut it down in the method itself: try-with-resources, or"
                        + " shutdown() before returning.\n  " + Lesson.NEVER_SHUT_DOWN);
            }
            if (!pool.isShutdownReally()) {
                throw new AssertionError("Your method returned but the pool was never shut down: its " + pool.workers().size()
                        + " threads stay alive, waiting for work, and keep the JVM from exiting. Use try-with-resources or call shutdown().\n  "
                        + Lesson.NEVER_SHUT_DOWN);
            }
        }
    }

    /** The tasks ran at the same time: every thread was started before the learner's thread joined any. */
    public static void ranAtTheSameTime(LearnerRun run, Workload work) {
        ranAtTheSameTime(run, Lesson.JOIN);
    }

    /** Like {@link #ranAtTheSameTime(LearnerRun, Workload)}, pointing at {@code lesson}. */
    public static void ranAtTheSameTime(LearnerRun run, Lesson lesson) {
        if (run.saw(LearnerRun.Seen.RAN_ONE_AFTER_ANOTHER)) {
            throw new AssertionError("Your tasks ran one after another: while your thread was in join() of a task's thread, "
                    + run.notRunWhenJoined() + " other tasks had no thread started for them yet, so each thread was joined"
                    + " before the next one was started. Start all the threads first (one loop), then join them (a second"
                    + " loop).\n  " + lesson);
        }
    }

    /** Every thread that ran a task ends by itself once the learner's method has returned: none waits for ever. */
    public static void noTaskThreadAlive(Workload work) {
        // A thread whose task has ended may still be on its way out after your method returned (code wrapped around the
        // task, such as a latch's countDown(), then the thread's own exit): it ends without help, so it is waited for.
        // A thread that waits for something, and not for a lock another thread holds, would not end by itself.
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (var t : work.taskThreads()) {
            while (t.isAlive()) {
                var state = t.getState();
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    var info = mx.getThreadInfo(t.threadId(), 0);
                    if (info != null && info.getLockOwnerId() == -1 && t.isAlive()) {
                        throw new AssertionError("A thread that ran a task, '" + t.getName() + "', was still alive after your method"
                                + " returned, and it waits (" + state + ") for something that nothing will bring: a program whose"
                                + " threads never end never exits. join() each thread you start, after its work is done.\n  " + Lesson.JOIN);
                    }
                }
                Thread.onSpinWait();
            }
        }
    }
}
