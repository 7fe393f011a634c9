package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The subjects of the exercises where the learner writes the tests, and the right implementations they default to. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SubjectsTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void theRightImplementationsUnlessOneIsHandedIn() throws Exception {
        SeedProgram handed = SeedPrograms::neverWaits;
        assertThat(Subjects.seedProgram()).isNotSameAs(handed);
        try (var ignored = Subjects.handIn(handed)) {
            assertThat(Subjects.seedProgram()).isSameAs(handed);
            assertThatThrownBy(Subjects::taskWaiter).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ask for the subject of this exercise");
            assertThatThrownBy(() -> Subjects.handIn(handed)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Subjects.seedProgram()).isNotSameAs(handed);
    }

    @ParameterizedTest(name = "held task {0}")
    @ValueSource(ints = {0, 3})
    void theRightWaiterReturnsOnlyAfterTheHeldTask(int held) throws InterruptedException {
        var tasks = new HeldTasks(4, 1, held, NOWHERE);
        var caller = Caller.start(() -> Subjects.taskWaiter().runAll(tasks.list(), Thread::startVirtualThread));
        Watch.awaitWaitingOrEnded(caller.thread(), tasks.awaitTheOthersEnded(caller.thread()));
        boolean returnedEarly = !caller.thread().isAlive();
        tasks.open();
        caller.join();

        assertThat(returnedEarly).isFalse();
        assertThat(caller.thrown()).isNull();
    }

    @Test
    void theRightDeadlineStopsALateTaskAndPrintsNothing() throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(3, 1, 2, out);
        var pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
        try {
            // the gate stays shut until it has answered: only its own timeout ends its wait
            assertThat(Subjects.deadline().runWithin(tasks.list(), pool, Duration.ofMillis(20), out)).isFalse();
            pool.close(); // returns because the late task was interrupted
            assertThat(tasks.heldInterrupted()).isTrue();
            assertThat(out.linesEqualTo(SeedProgram.FINAL_LINE)).isEmpty();
        } finally {
            tasks.open();
        }
    }

    // A pool's idle worker need not end, even after shutdown(), while another runs the held task: HeldTasks must
    // not wait for it. Here the program shuts its pool down only after getting every future, so the idle workers
    // stay alive all through the test.
    @ParameterizedTest(name = "held task {0}")
    @ValueSource(ints = {0, 5})
    void idleWorkersOfAPoolDoNotHoldTheTestUp(int held) throws InterruptedException {
        SeedProgram futuresThenShutdown = (list, out) -> {
            var pool = Executors.newFixedThreadPool(3);
            var futures = new ArrayList<Future<?>>();
            for (var task : list) futures.add(pool.submit(task));
            try {
                for (var future : futures) future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            out.println(SeedProgram.FINAL_LINE);
        };
        assertThat(FinalLineCheck.check(futuresThenShutdown, 6, held).kept()).isTrue();
    }

}
