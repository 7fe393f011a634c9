package exercises.support;

import java.util.List;

/** Assertions for the process exercises; each failure message says what happened, what to look at, where to read. */
public final class ProcessExpect {

    private ProcessExpect() {}

    public static void returnedNormally(HeldRun run, String exerciseFile) {
        returnedNormally(run, exerciseFile, Lesson.WAIT_FOR_WORKERS);
    }

    /** Like {@link #returnedNormally(HeldRun, String)}; {@code lesson} says which exercise, for a sleep's message. */
    public static void returnedNormally(HeldRun run, String exerciseFile, Lesson lesson) {
        var t = run.thrown();
        if (t == null) return;
        if (t instanceof UnsupportedOperationException) {
            throw new AssertionError("Not started yet: " + t.getMessage() + "\n  Edit " + exerciseFile, t);
        }
        if (t instanceof InterruptedException && run.slept()) throw new AssertionError(slept(lesson), t);
        throw new AssertionError("Your code threw " + t + " instead of returning normally.\n  Where it was thrown: ./learn check --verbose shows its stack trace; "
                + "a task's own exception reaches you only through get() of its future, wrapped in an ExecutionException.", t);
    }

    /**
     * The final line was printed once, by the learner's thread, when no task was unfinished.
     *
     * @param waitAdvice what to do instead, for the exercise at hand
     */
    public static void finalLineAfterEveryTask(HeldRun run, RecordingOut out, PoolWork work, String finalLine, String waitAdvice, Lesson lesson) {
        var finals = out.linesEqualTo(finalLine);
        if (finals.isEmpty() && !work.processesAliveAtReturn().isEmpty()) {
            int n = work.processesAliveAtReturn().size();
            throw new AssertionError("Your method returned while " + n + " of " + work.size() + " processes " + (n == 1 ? "was" : "were")
                    + " still running, and '" + finalLine + "' had not been printed by then. Print it yourself, on your own"
                    + " thread, after waiting for every process: not from a callback or another thread, which runs whenever the"
                    + " processes end, maybe after your method has returned. " + waitAdvice + "\n  " + lesson);
        }
        if (finals.isEmpty()) {
            throw new AssertionError("'" + finalLine + "' was never printed to the output you were given (out)."
                    + " Print it with out.println(finalLine) after the tasks, not with System.out." + (run.slept() ? "\n" + slept(lesson) : ""));
        }
        if (finals.size() > 1) {
            throw new AssertionError("'" + finalLine + "' was printed " + finals.size() + " times; print it once, after every task.");
        }
        var line = finals.getFirst();
        if (run.slept()) throw new AssertionError(slept(lesson));
        if (line.unfinishedTasks() > 0) {
            int n = line.unfinishedTasks();
            throw new AssertionError("'" + finalLine + "' was printed while " + n + " of " + work.size() + " tasks "
                    + (n == 1 ? "was" : "were") + " still unfinished in other processes (running, or stopped or destroyed before their"
                    + " end; task " + work.stragglerIndex() + " was held by the test until your thread waited for it). " + waitAdvice
                    + "\n  " + lesson);
        }
        if (line.thread() != run.learnerThread()) {
            throw new AssertionError("'" + finalLine + "' was printed by thread '" + line.thread().getName()
                    + "', not by the thread that called your method. Print it yourself, after waiting.\n  " + lesson);
        }
        if (run.neverBlocked()) {
            throw new AssertionError("Your thread used " + run.spinTime() + " of CPU time without blocking while a task"
                    + " was still running: a loop that polls until the work is done is busy-waiting. Block in a real wait instead.\n  " + lesson);
        }
    }

    /** All tasks were under way before the learner waited for the held one: they ran side by side. */
    public static void allStartedBeforeWaiting(HeldRun run, PoolWork work, String what, Lesson lesson) {
        int started = run.startedWhenReleased();
        // 0: released before any task was handed in, so not by a wait for a task; no conclusion about the order
        if (started > 0 && started < work.size()) {
            throw new AssertionError("When your thread waited for task " + work.stragglerIndex() + ", only " + started + " of " + work.size()
                    + " " + what + " had been started: the tasks ran one after another. Start every one first, then wait for each.\n  " + lesson);
        }
    }

    /**
     * The tasks ran in pools made with {@code pools.apply(workers)}: the test can only hold a task back, and see
     * when it finished, in a pool it made. A pool the learner made itself is let go at once and reported here.
     */
    public static void usedTheGivenPools(PoolWork work) {
        if (work.waitedForAnUntrackedTask() || work.gate().startedCount() > work.submitted()) {
            throw new AssertionError("You made the pool yourself (new ProcessPool(...)), so the test cannot see its tasks:"
                    + " it could not hold one back, nor tell whether you waited for it. Make the pool with the function you"
                    + " were given, pools.apply(workers), inside try-with-resources, so the test can watch it.\n  " + Lesson.WAIT_FOR_WORKERS);
        }
    }

    /**
     * Every pool was closed, and close() had finished, when the learner's method returned (recorded at that
     * moment, see {@link PoolWork#atReturn()}): close() sets isTerminated() only after it saw every worker exit.
     */
    public static void everyPoolClosedAtReturn(PoolWork work, Lesson lesson) {
        for (var p : work.poolsAtReturn()) {
            if (!p.shutdown() && !p.alivePids().isEmpty() && p.pool().isShutdown()) {
                throw new AssertionError("When your method returned, the pool had not been closed yet: it was closed only later"
                        + " (from another thread, or a callback), so " + p.alivePids().size() + " of " + p.workers()
                        + " worker processes were still alive after your method had ended. Close the pool on your own thread"
                        + " before returning (try-with-resources): close() returns only after every worker has exited.\n  " + lesson);
            }
            if (!p.shutdown() && !p.alivePids().isEmpty()) {
                throw new AssertionError(p.alivePids().size() + " of " + p.workers() + " processes (pids " + p.alivePids()
                        + ") were still alive when your method returned: the pool was never closed. Close the pool"
                        + " (try-with-resources): close() waits for the tasks, then ends every worker and waits until it has exited.\n  " + lesson);
            }
            if (!p.terminated()) {
                throw new AssertionError("When your method returned, the pool had been shut down but close() had not finished:"
                        + " nobody had seen its workers exit. kill(), like shutdownNow(), ends the workers without waiting"
                        + " for them; a worker may still be running (or not yet gone) after it returns. Close the pool"
                        + " (try-with-resources): close() returns only after every worker has exited.\n  " + lesson);
            }
        }
    }

    /** No process in {@code alivePids} (alive when the learner's method returned; {@code total} were started). */
    public static void noProcessAliveAtReturn(List<Long> alivePids, int total, String advice, Lesson lesson) {
        if (!alivePids.isEmpty()) {
            throw new AssertionError(alivePids.size() + " of " + total + " processes (pids " + alivePids
                    + ") were still alive when your method returned. " + advice + "\n  " + lesson);
        }
    }

    /** No process the learner's code made is alive once it returned. */
    public static void noProcessAlive(List<ProcessHandle> processes, String advice, Lesson lesson) {
        var alive = processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
        if (!alive.isEmpty()) {
            throw new AssertionError(alive.size() + " of " + processes.size() + " processes (pids " + alive
                    + ") were still alive when your method returned. " + advice + "\n  " + lesson);
        }
    }

    private static String slept(Lesson lesson) {
        if (lesson == Lesson.PROCESS_PER_TASK) {
            // Processes started one by one (no pool, no worker JVMs): name the poll on isAlive() and the wait that is waitFor().
            return "Your thread slept (Thread.sleep, or a parkNanos of its own) while processes were still running. Sleeping"
                    + " \"long enough\" is a guess, and a loop that sleeps until isAlive() turns false is a poll: it wakes up again"
                    + " and again while nothing has changed and notices the exit only at its next wake-up. waitFor() blocks until"
                    + " the process has exited, and no longer: call it on every process you started.\n  " + lesson;
        }
        return Expect.sleptWhile("tasks were still running", "a new JVM (each process is one) takes a tenth of a second or more"
                + " to start, longer on a busy machine. Wait for the work itself: waitFor() each process, or close() the pool.",
                Lesson.WAIT_FOR_WORKERS);
    }
}
