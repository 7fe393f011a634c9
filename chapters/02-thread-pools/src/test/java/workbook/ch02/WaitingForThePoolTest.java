package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import workbook.testkit.Caller;
import workbook.testkit.ThreadGate;

/** The three correct ways the chapter waits for the pool: each one prints the final line only after every task. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WaitingForThePoolTest {

    interface Way {
        void run(List<Runnable> tasks, int poolSize, PrintStream out) throws Exception;
    }

    enum Waiting {
        CLOSE(SeedPool::runOnPool, "awaitTermination"),
        AWAIT_TERMINATION_LOOP(AwaitTerminationLoop::runOnPool, "awaitTermination"),
        INVOKE_ALL(InvokeAllSeed::runOnPool, "invokeAll");

        final Way way;
        final String blockedIn;

        Waiting(Way way, String blockedIn) {
            this.way = way;
            this.blockedIn = blockedIn;
        }
    }

    @ParameterizedTest
    @EnumSource(Waiting.class)
    void printsTheFinalLineOnlyAfterEveryTaskHasFinished(Waiting waiting) throws Exception {
        var held = new ThreadGate();
        var out = new RecordingOut();

        var caller = Caller.start("caller", () -> waiting.way.run(held.tasks(10), 4, out));
        caller.awaitParkedIn(waiting.blockedIn); // the caller is really waiting for the pool

        assertThat(out.lines()).as("printed while every task was held").isEmpty();
        held.open();
        caller.finish();
        assertThat(out.lines()).containsExactly("123");
        assertThat(held.finished()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(Waiting.class)
    void theSeedWorkloadPrintsEveryLineInTaskOrderAndTheFinalLineLast(Waiting waiting) throws Exception {
        var out = new RecordingOut();

        waiting.way.run(SeedPool.seedTasks(100, 50, out), 50, out);

        var lines = out.lines();
        assertThat(lines).hasSize(100 * 50 + 1);
        assertThat(lines.getLast()).isEqualTo("123");
        for (int t = 0; t < 100; t++) {
            var name = "task" + t + " ";
            assertThat(lines.stream().filter(l -> l.startsWith(name)))
                    .as("lines of task%d, in its own order", t)
                    .containsExactly(IntStream.range(0, 50).mapToObj(i -> name + i).toArray(String[]::new));
        }
    }

    @Test
    void mainDefaultsToTheSeedWorkload() {
        assertThat(SeedPool.Args.parse(new String[0])).isEqualTo(new SeedPool.Args(100, 1000, 50));
        assertThat(SeedPool.Args.parse(new String[] {"10", "3", "4"})).isEqualTo(new SeedPool.Args(10, 3, 4));
    }
}
