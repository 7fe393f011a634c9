package exercises.catchtheoffbyone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.Subjects;
import workbook.ch09.Watch;

/** Reference solution for catch-the-off-by-one: tests that tell every right waiter from every wrong one. */
class CatchTheOffByOne {

    private static final int TASKS = 5;
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    /**
     * A platform thread per task: a task's thread ends with it, so once the others have ended nothing but the test's
     * gate can hold the waiter.
     */
    private static final Executor THREAD_PER_TASK = task -> Thread.ofPlatform().start(task);
    /** The same, without printing the failing task's exception. */
    private static final Executor QUIET_THREAD_PER_TASK = task -> Thread.ofPlatform().uncaughtExceptionHandler((t, e) -> { }).start(task);

    // Hold the first and the last in turn: a waiter may wait for any subset.
    @ParameterizedTest(name = "task {0} of " + TASKS + " held")
    @ValueSource(ints = {0, TASKS - 1})
    void returnsOnlyOnceEveryTaskHasFinished(int held) throws InterruptedException {
        var tasks = new HeldTasks(TASKS, 1, held, NOWHERE);
        var caller = Caller.start(() -> Subjects.taskWaiter().runAll(tasks.list(), THREAD_PER_TASK));
        boolean returnedWhileHeld;
        try {
            Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
            returnedWhileHeld = !caller.thread().isAlive();
        } finally {
            tasks.open(); // whatever happened: a held task must never be left waiting
        }
        caller.join();

        assertThat(returnedWhileHeld).as("runAll returned while task " + held + " was held at the gate").isFalse();
        assertThat(caller.thrown()).as("what runAll threw").isNull();
        assertThat(tasks.notRunExactlyOnce()).as("tasks not run exactly once").isEmpty();
    }

    // A task that throws has finished: the waiter must return, and count it once, not twice.
    @Test
    void aFailedTaskCountsOnceAsFinished() throws InterruptedException {
        var tasks = new HeldTasks(TASKS, 1, TASKS - 1, NOWHERE);
        var failer = new AtomicReference<Thread>();
        var all = new ArrayList<Runnable>(List.of(() -> {
            failer.set(Thread.currentThread());
            throw new IllegalStateException("a task that fails, on purpose");
        }));
        all.addAll(tasks.list());
        var caller = Caller.start(() -> Subjects.taskWaiter().runAll(all, QUIET_THREAD_PER_TASK));

        boolean returnedWhileHeld;
        try {
            var ended = tasks.awaitTheOthersEnded(caller.thread());
            while (caller.thread().isAlive() && failer.get() == null) caller.thread().join(1);
            if (failer.get() != null) failer.get().join(); // its thread ends once the waiter's wrapper has counted it
            Watch.awaitWaitingOrEnded(caller.thread(), ended);
            returnedWhileHeld = !caller.thread().isAlive();
        } finally {
            tasks.open();
        }
        caller.join(); // a waiter that never counts the failure waits for ever: the test's timeout fails it

        assertThat(returnedWhileHeld).as("runAll returned while a task was held at the gate").isFalse();
        assertThat(caller.thrown()).as("what runAll threw").isNull();
    }

    // Interrupted while it waits, the waiter must say so: InterruptedException, not a normal return.
    @Test
    void anInterruptedWaitThrowsInterruptedException() throws InterruptedException {
        var tasks = new HeldTasks(TASKS, 1, TASKS - 1, NOWHERE);
        var caller = Caller.start(() -> Subjects.taskWaiter().runAll(tasks.list(), THREAD_PER_TASK));

        try {
            Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
            caller.thread().interrupt();
            caller.join();
        } finally {
            tasks.open();
        }

        assertThat(caller.thrown()).as("what runAll threw when interrupted").isInstanceOf(InterruptedException.class);
    }
}
