package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CpuWorkTest {

    @Test
    void countsPrimes() {
        assertThat(CpuWork.countPrimes(0, 100)).isEqualTo(25);
        assertThat(CpuWork.countPrimes(100, 200)).isEqualTo(21);
    }
}
