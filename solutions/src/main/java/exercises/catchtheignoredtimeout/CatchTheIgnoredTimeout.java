package exercises.catchtheignoredtimeout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import workbook.ch09.Caller;
import workbook.ch09.HeldTasks;
import workbook.ch09.RecordingOut;
import workbook.ch09.SeedProgram;
import workbook.ch09.Subjects;
import workbook.ch09.Watch;

/** Reference solution for catch-the-ignored-timeout: tests that tell every right deadline from every wrong one. */
class CatchTheIgnoredTimeout {

    private static final int TASKS = 4;
    private static final int HELD = TASKS - 1;

    private final RecordingOut out = RecordingOut.create();
    private final HeldTasks tasks = new HeldTasks(TASKS, 1, HELD, out);
    // A thread per task: a finished task's thread ends, so once the others have ended only the gate holds the code.
    private final ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
    private final AtomicReference<Boolean> answer = new AtomicReference<>();

    CatchTheIgnoredTimeout() {
        out.countUnfinishedWith(tasks::unfinished);
    }

    private Caller start(Duration timeout) {
        return Caller.start(() -> answer.set(Subjects.deadline().runWithin(tasks.list(), pool, timeout, out)));
    }

    // On time: the held task goes only once the code waits for it, long before a minute is up.
    @Test
    void onTimeItPrintsOnceAndAnswersTrue() throws InterruptedException {
        var caller = start(Duration.ofMinutes(1));
        try {
            Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
        } finally {
            tasks.open();
        }
        caller.join();

        assertThat(caller.thrown()).as("what runWithin threw").isNull();
        assertThat(answer.get()).as("the answer when every task finished in time").isTrue();
        assertThat(out.linesEqualTo(SeedProgram.FINAL_LINE)).as("the final lines").hasSize(1)
                .allSatisfy(line -> assertThat(line.unfinishedTasks()).as("tasks unfinished at the final line").isZero());
    }

    // Late: the gate stays shut until the code has answered, so only its own timeout can end its wait.
    @Test
    void lateItStopsTheTasksPrintsNothingAndAnswersFalse() throws InterruptedException {
        var caller = start(Duration.ofMillis(50));
        try {
            caller.join();
            assertThat(caller.thrown()).as("what runWithin threw").isNull();
            assertThat(answer.get()).as("the answer when a task was late").isFalse();
            assertThat(out.linesEqualTo(SeedProgram.FINAL_LINE)).as("final lines printed when late").isEmpty();
            pool.close(); // ends only if the late task was stopped: a deadline that leaves it running fails by timeout
            assertThat(tasks.heldInterrupted()).as("the late task was interrupted").isTrue();
        } finally {
            tasks.open();
        }
    }

    // Interrupted while it waits: the tasks stopped, no final line, and InterruptedException.
    @Test
    void interruptedItStopsTheTasksAndSaysSo() throws InterruptedException {
        var caller = start(Duration.ofMinutes(1));
        try {
            Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
            caller.thread().interrupt();
            caller.join();
            assertThat(caller.thrown()).as("what runWithin threw when interrupted").isInstanceOf(InterruptedException.class);
            assertThat(out.linesEqualTo(SeedProgram.FINAL_LINE)).as("final lines printed when interrupted").isEmpty();
            pool.close();
            assertThat(tasks.heldInterrupted()).as("the held task was interrupted").isTrue();
        } finally {
            tasks.open();
        }
    }
}
