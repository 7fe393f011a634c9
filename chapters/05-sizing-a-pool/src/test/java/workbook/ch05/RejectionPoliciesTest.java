package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each policy meets the same full pool: task A running (held at a gate), task B in the queue of one, task C
 * offered. The gate opens only after execute(C) has returned or thrown, so every outcome is deterministic.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RejectionPoliciesTest {

    private static final String CALLER = Thread.currentThread().getName();

    @Test
    void abortPolicyThrowsAndTheTaskIsNotRun() throws Exception {
        var o = RejectionPolicies.offerThree(new ThreadPoolExecutor.AbortPolicy());
        assertThat(o.executeC()).isEqualTo("threw RejectedExecutionException");
        assertThat(o.ran()).containsExactly("A on worker", "B on worker");
        assertThat(o.lost()).containsExactly("C");
    }

    @Test
    void abortPolicyIsTheDefault() {
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            assertThat(pool.getRejectedExecutionHandler()).isInstanceOf(ThreadPoolExecutor.AbortPolicy.class);
        } finally {
            pool.close();
        }
    }

    @Test
    void callerRunsPolicyRunsTheTaskOnTheSubmittingThreadBeforeExecuteReturns() throws Exception {
        var o = RejectionPolicies.offerThree(new ThreadPoolExecutor.CallerRunsPolicy());
        assertThat(o.executeC()).isEqualTo("returned normally");
        // C ran first, on the caller, while A was still held: execute() did not return until C had finished.
        assertThat(o.ran()).containsExactly("C on " + CALLER, "A on worker", "B on worker");
        assertThat(o.lost()).isEmpty();
    }

    @Test
    void discardPolicyDropsTheNewTaskSilently() throws Exception {
        var o = RejectionPolicies.offerThree(new ThreadPoolExecutor.DiscardPolicy());
        assertThat(o.executeC()).isEqualTo("returned normally");
        assertThat(o.ran()).containsExactly("A on worker", "B on worker");
        assertThat(o.lost()).containsExactly("C");
    }

    @Test
    void discardOldestPolicyDropsTheOldestQueuedTaskAndQueuesTheNewOne() throws Exception {
        var o = RejectionPolicies.offerThree(new ThreadPoolExecutor.DiscardOldestPolicy());
        assertThat(o.executeC()).isEqualTo("returned normally");
        assertThat(o.ran()).containsExactly("A on worker", "C on worker");
        assertThat(o.lost()).containsExactly("B");
    }

    @Test
    void aDiscardedSubmitLeavesAFutureThatNeverCompletes() throws Exception {
        var gate = new CountDownLatch(1);
        var pool = RejectionPolicies.poolOfOneWithQueueOfOne(new ThreadPoolExecutor.DiscardPolicy());
        Future<?> dropped;
        try {
            pool.submit(() -> { gate.await(); return null; });
            pool.submit(() -> { });
            dropped = pool.submit(() -> { });
        } finally {
            gate.countDown();
            pool.close();
        }
        assertThat(pool.isTerminated()).isTrue();
        assertThat(dropped.isDone()).isFalse(); // get() on it would wait forever
        assertThat(dropped.state()).isEqualTo(Future.State.RUNNING);
    }

    @Test
    void callerRunsPolicyDiscardsSilentlyOnceThePoolIsShutDown() {
        var pool = RejectionPolicies.poolOfOneWithQueueOfOne(new ThreadPoolExecutor.CallerRunsPolicy());
        pool.shutdown();
        var ran = new AtomicBoolean();
        pool.execute(() -> ran.set(true)); // rejected because shut down: no exception, and not run either
        assertThat(ran).isFalse();
        pool.close();
    }

    @Test
    void printsOneLinePerPolicy() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        RejectionPolicies.run(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
                .hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("execute(C)", "ran:", "never ran:"));
        assertThat(RejectionPolicies.policies()).extracting(p -> p.getClass().getSimpleName())
                .isEqualTo(List.of("AbortPolicy", "CallerRunsPolicy", "DiscardPolicy", "DiscardOldestPolicy"));
    }
}
