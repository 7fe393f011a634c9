package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CoresTest {

    @Test
    void theCommonPoolRunsOneThreadFewerThanTheProcessorsButAtLeastOne() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(cores).isPositive();
        if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
            assertThat(ForkJoinPool.commonPool().getParallelism()).isEqualTo(Math.max(1, cores - 1));
        }
    }

    @Test
    void withoutTheFlagItSaysNotSet() {
        assertThat(Cores.activeProcessorCountFlag()).isEqualTo("not set");
    }
}
