package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The claims of "awaitTermination does not wait": checked on tasks held at a gate, so no timing is involved. */
@Timeout(60)
class CloseNeverReturnsTest {

    private static Cluster cluster;
    private final Gate gate = Gate.create();
    private final ArrayList<Future<String>> held = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @AfterEach
    void releaseTasks() {
        gate.remove();
    }

    @Test
    void awaitTerminationReturnsFalseAtOnceWhileTasksRunAndIsTerminatedSaysTrue() throws Exception {
        var executor = cluster.member(0).getExecutorService("await-test");
        var outcome = CloseNeverReturns.awaitTermination(executor, gate, held); // waits up to a minute, if it waited
        assertThat(outcome.result()).startsWith("false");
        assertThat(outcome.stillHeld()).isEqualTo(2);
        assertThat(outcome.isTerminated()).isTrue();
        gate.open();
        for (var f : held) assertThat(f.get()).startsWith("await-test"); // shutdown() let the running tasks finish
    }

    @Test
    void shutdownStopsTheNamedExecutorForEveryMember() {
        cluster.member(0).getExecutorService("shut-test").shutdown();
        var elsewhere = cluster.member(1).getExecutorService("shut-test");
        assertThat(elsewhere.isShutdown()).isTrue();
        assertThatThrownBy(() -> elsewhere.submit(new PrintLines("late", 0)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void closeCallsAwaitTerminationForEverWhileTheTasksStayHeld() throws Exception {
        var executor = cluster.member(0).getExecutorService("close-test");
        var outcome = CloseNeverReturns.close(executor, gate, held);
        assertThat(outcome.result()).isEqualTo("still inside close() after " + CloseNeverReturns.CALLS_BEFORE_STOPPING
                + " calls of awaitTermination(1, DAYS), each false at once");
        assertThat(outcome.stillHeld()).isEqualTo(2);
        assertThat(outcome.isShutdown()).isTrue();
        gate.open();
        for (var f : held) assertThat(f.get()).startsWith("close-test");
    }

    @Test
    void closeReturnsAtOnceWhenTheExecutorIsAlreadyShutDownEvenWithTasksRunning() throws Exception {
        var executor = cluster.member(0).getExecutorService("closed-test");
        held.add(executor.submit(new HeldTask("closed-test0", gate)));
        gate.awaitStarted(1);
        executor.shutdown();
        executor.close(); // isTerminated() already says true, so close() does nothing
        assertThat(gate.finished()).isZero();
        gate.open();
        assertThat(held.getFirst().get()).startsWith("closed-test0");
    }
}
