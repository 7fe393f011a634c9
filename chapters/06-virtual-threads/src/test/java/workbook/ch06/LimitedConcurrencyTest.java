package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.Caller;
import workbook.testkit.ThreadGate;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // ThreadGate's and Caller's loops spin
class LimitedConcurrencyTest {

    @Test
    void neverMoreThanTheLimitInsideAtOnce() throws Exception {
        var gate = new ThreadGate();
        var caller = Caller.start("caller", () -> LimitedConcurrency.runAtMost(5, gate.tasks(200)));
        gate.awaitInside(5);
        caller.awaitParkedIn("close");
        gate.open();
        caller.finish();
        assertThat(gate.mostInside()).isEqualTo(5);
        assertThat(gate.finished()).isEqualTo(200);
        assertThat(gate.threads()).hasSize(200).allMatch(Thread::isVirtual); // a thread per task; the limit is the semaphore
    }

    @Test
    void aFailingTaskGivesItsPermitBack() {
        var ran = new AtomicInteger();
        var tasks = new ArrayList<Runnable>();
        tasks.add(() -> { throw new IllegalStateException("task failed on purpose"); });
        for (int i = 0; i < 10; i++) tasks.add(ran::incrementAndGet);
        // with a leaked permit, this would never return; the failure is reported once every task has run
        assertThatThrownBy(() -> LimitedConcurrency.runAtMost(1, tasks)).isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("task failed on purpose");
        assertThat(ran).hasValue(10);
    }

    @Test
    void everyFailureIsReportedNoneIsLost() {
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            tasks.add(() -> { throw new IllegalStateException("failure " + n); });
        }
        tasks.add(() -> { });
        assertThatThrownBy(() -> LimitedConcurrency.runAtMost(2, tasks)).isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(1 + e.getSuppressed().length).isEqualTo(3));
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThatThrownBy(() -> LimitedConcurrency.runAtMost(0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
