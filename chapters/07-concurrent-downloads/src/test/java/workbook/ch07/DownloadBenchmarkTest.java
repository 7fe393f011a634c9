package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DownloadBenchmarkTest {

    @Test
    void thePredictionIsRoundsOfConcurrentRequests() {
        var latency = Duration.ofMillis(50);
        assertThat(DownloadBenchmark.predictedMillis(200, latency, 1)).isEqualTo(10_000);
        assertThat(DownloadBenchmark.predictedMillis(200, latency, 16)).isEqualTo(650); // 13 rounds: 12 full, 1 of 8
        assertThat(DownloadBenchmark.predictedMillis(200, latency, 200)).isEqualTo(50);
    }

    @Test
    void concurrencyIsTheSmallerOfThreadsAndPermits() {
        assertThat(DownloadBenchmark.WAYS).extracting(DownloadBenchmark.Way::concurrency).containsExactly(1, 4, 16, 64, 50, 200);
    }
}
