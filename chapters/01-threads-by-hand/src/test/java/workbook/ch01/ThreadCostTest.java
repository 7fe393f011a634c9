package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's strategies must really run every task; the timings themselves are not tested. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadCostTest {

    @Test
    void threadPerTaskRunsEveryTask() throws InterruptedException {
        var count = new LongAdder();
        ThreadCost.threadPerTask(500, count::increment);
        assertThat(count.sum()).isEqualTo(500);
    }

    @Test
    void reusedThreadsRunEveryTaskBeforeReturning() throws InterruptedException {
        var count = new LongAdder();
        ThreadCost.reusedThreads(4, 500, count::increment);
        assertThat(count.sum()).isEqualTo(500);
    }
}
