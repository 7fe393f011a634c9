package exercises.catchtheignoredtimeout;

import exercises.support.TestsOnTrial.Suspect;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import workbook.ch09.Deadline;
import workbook.ch09.Deadlines;
import workbook.ch09.SeedProgram;

/** The deadlines the learner's tests are judged against: right ones in different idioms, and wrong ones. */
final class DeadlineCode {

    private DeadlineCode() {}

    static final String LINE = SeedProgram.FINAL_LINE;

    static List<Suspect> right() {
        return List.of(
                new Suspect("checks-the-answer", "one awaitTermination(timeout); true: the final line; false: shutdownNow()",
                        (Deadline) Deadlines::checksTheAnswer),
                new Suspect("waits-in-slices", "awaitTermination in slices of 10 ms until the pool has terminated or the"
                        + " deadline has passed (by the clock), then decides", (Deadline) DeadlineCode::waitsInSlices),
                new Suspect("latch-with-a-timeout", "each task counts a latch down in finally; await(timeout) on the latch"
                        + " decides", (Deadline) DeadlineCode::latchWithATimeout));
    }

    // Each wrong one is right in every way but one, so that each part of the contract needs a test of its own.
    static final Suspect IGNORES_THE_ANSWER = new Suspect("ignores-the-answer",
            "calls awaitTermination(timeout), ignores what it returns, prints the final line and returns true",
            (Deadline) DeadlineCode::ignoresTheAnswer);
    static final Suspect PRINTS_WHEN_LATE = new Suspect("prints-even-when-late",
            "returns the right answer and stops late tasks, but prints the final line whatever the answer",
            (Deadline) DeadlineCode::printsEvenWhenLate);
    static final Suspect LEAVES_LATE_TASKS = new Suspect("leaves-the-late-tasks-running",
            "answers false when late, but never calls shutdownNow(): the late tasks run on after the method has returned",
            (Deadline) DeadlineCode::leavesTheLateTasksRunning);
    static final Suspect WAITS_WITHOUT_A_LIMIT = new Suspect("waits-without-a-limit",
            "ignores the timeout and waits with close() until every task has finished, however long that takes",
            (Deadline) DeadlineCode::waitsWithoutALimit);
    static final Suspect DOES_NOT_WAIT = new Suspect("does-not-wait",
            "shuts the pool down and looks once at isTerminated() without waiting: answers false whenever a task is"
                    + " still running at that instant", (Deadline) DeadlineCode::doesNotWait);
    static final Suspect FORGETS_THE_FINAL_LINE = new Suspect("forgets-the-final-line",
            "waits, answers and stops late tasks as it should, but never prints the final line",
            (Deadline) DeadlineCode::forgetsTheFinalLine);
    static final Suspect SWALLOWS_THE_INTERRUPT = new Suspect("swallows-the-interrupt",
            "interrupted while it waits, stops the tasks and returns false, as if the time had run out: the caller is"
                    + " not told that it was interrupted", (Deadline) DeadlineCode::swallowsTheInterrupt);
    static final Suspect STOPS_NOTHING_WHEN_INTERRUPTED = new Suspect("stops-nothing-when-interrupted",
            "interrupted while it waits, throws InterruptedException but leaves the tasks running",
            (Deadline) DeadlineCode::stopsNothingWhenInterrupted);

    private static boolean waitsInSlices(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!pool.awaitTermination(10, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - deadline >= 0) {
                    pool.shutdownNow();
                    return false;
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
        out.println(LINE);
        return true;
    }

    private static boolean latchWithATimeout(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException {
        var finished = new CountDownLatch(tasks.size());
        for (var task : tasks) {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished.countDown();
                }
            });
        }
        pool.shutdown();
        try {
            if (!finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                pool.shutdownNow();
                return false;
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
        out.println(LINE);
        return true;
    }

    /** The right way to wait: an interrupt stops the tasks and is passed on. */
    private static boolean await(ExecutorService pool, Duration timeout) throws InterruptedException {
        try {
            return pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
    }

    private static boolean ignoresTheAnswer(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        await(pool, timeout);
        out.println(LINE);
        return true;
    }

    private static boolean printsEvenWhenLate(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        boolean finished = await(pool, timeout);
        if (!finished) pool.shutdownNow();
        out.println(LINE);
        return finished;
    }

    private static boolean leavesTheLateTasksRunning(List<Runnable> tasks, ExecutorService pool, Duration timeout,
                                                     PrintStream out) throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        if (!await(pool, timeout)) return false;
        out.println(LINE);
        return true;
    }

    private static boolean forgetsTheFinalLine(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out)
            throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        if (!await(pool, timeout)) {
            pool.shutdownNow();
            return false;
        }
        return true;
    }

    private static boolean swallowsTheInterrupt(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out) {
        tasks.forEach(pool::execute);
        pool.shutdown();
        try {
            if (pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                out.println(LINE);
                return true;
            }
        } catch (InterruptedException e) {
            // swallowed: treated like a timeout
        }
        pool.shutdownNow();
        return false;
    }

    private static boolean stopsNothingWhenInterrupted(List<Runnable> tasks, ExecutorService pool, Duration timeout,
                                                       PrintStream out) throws InterruptedException {
        tasks.forEach(pool::execute);
        pool.shutdown();
        if (!pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) { // an interrupt leaves here, tasks running
            pool.shutdownNow();
            return false;
        }
        out.println(LINE);
        return true;
    }

    private static boolean waitsWithoutALimit(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out) {
        tasks.forEach(pool::execute);
        pool.close();
        if (Thread.currentThread().isInterrupted()) return false;
        out.println(LINE);
        return true;
    }

    private static boolean doesNotWait(List<Runnable> tasks, ExecutorService pool, Duration timeout, PrintStream out) {
        tasks.forEach(pool::execute);
        pool.shutdown();
        if (!pool.isTerminated()) {
            pool.shutdownNow();
            return false;
        }
        out.println(LINE);
        return true;
    }
}
