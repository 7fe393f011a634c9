package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadLocalCostTest {

    @Test
    void aPoolMakesOneBufferPerWorkerVirtualThreadsOnePerTask() {
        assertThat(ThreadLocalCost.buffersMade(() -> Executors.newFixedThreadPool(4), 1_000)).isBetween(1, 4);
        assertThat(ThreadLocalCost.buffersMade(Executors::newVirtualThreadPerTaskExecutor, 1_000)).isEqualTo(1_000);
    }
}
