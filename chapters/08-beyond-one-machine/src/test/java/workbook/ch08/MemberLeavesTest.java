package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.MemberLeftException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MemberLeavesTest {

    private final Gate gate = Gate.create();
    private Cluster cluster;

    @AfterEach
    void cleanUp() {
        gate.remove();
        if (cluster != null) cluster.close();
    }

    @Test
    void theFuturesOfTheLeavingMembersTasksFailAndARetryFinishesTheWork() throws Exception {
        cluster = Cluster.start(2);
        var stays = cluster.member(0);
        var leaves = cluster.member(1);
        var executor = stays.getExecutorService("leave-test");
        var submitted = new LinkedHashMap<Callable<String>, Future<String>>();
        for (int i = 0; i < 4; i++) {
            var task = new HeldTask("task" + i, gate);
            var target = (i % 2 == 0 ? stays : leaves).getCluster().getLocalMember();
            submitted.put(task, executor.submitToMember(task, target));
        }
        gate.awaitStarted(4);
        leaves.getLifecycleService().terminate();
        gate.open();

        var futures = submitted.values().stream().toList();
        assertThat(futures.get(0).get()).isEqualTo("task0 ran on " + Cluster.port(stays));
        var lost = catchExecutionException(futures.get(1));
        assertThat(lost).isInstanceOf(MemberLeftException.class); // get() throws it itself: it is an ExecutionException
        assertThat(MemberLoss.isCause(lost)).isTrue();

        assertThat(MemberLeaves.waitAndRetry(executor, submitted)).containsExactly(
                "task0 ran on " + Cluster.port(stays),
                "task1 ran on " + Cluster.port(stays) + " (second try)",
                "task2 ran on " + Cluster.port(stays),
                "task3 ran on " + Cluster.port(stays) + " (second try)");
    }

    record Fails() implements Callable<String>, Serializable {
        @Override
        public String call() {
            throw new IllegalStateException("the task's own failure");
        }
    }

    @Test
    void aTasksOwnFailureIsNotRetriedButThrown() {
        cluster = Cluster.start(1);
        var executor = cluster.member(0).getExecutorService("fail-test");
        var submitted = new LinkedHashMap<Callable<String>, Future<String>>();
        Callable<String> fails = new Fails();
        submitted.put(fails, executor.submit(fails));
        assertThatThrownBy(() -> MemberLeaves.waitAndRetry(executor, submitted))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    private static ExecutionException catchExecutionException(Future<String> future) throws InterruptedException {
        try {
            future.get();
            throw new AssertionError("expected the future to fail");
        } catch (ExecutionException e) {
            return e;
        }
    }
}
