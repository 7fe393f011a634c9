package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's workloads really run every task; the timings themselves are not tested. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
// countPrimes is tested with the rest of the shared workload, in bench-support's CpuWorkTest.
class BlockingBenchmarkTest {

    @Test
    void everyRunnerCompletesEveryTask() throws Exception {
        for (var r : List.of(BlockingBenchmark.Runner.fixed(50), BlockingBenchmark.Runner.virtual())) {
            var row = BlockingBenchmark.blockingRow(r, 200, Duration.ofMillis(1)); // throws if a task is missing
            assertThat(row.peakPlatformThreads()).isPositive();
        }
    }


    @Test
    void theReportIsAnAsciiDocTableNamingTheCommand() {
        var text = BlockingBenchmark.report(
                List.of(new BlockingBenchmark.BlockingRow("a", 2000, 55)),
                List.of(new BlockingBenchmark.CpuRow("b", 10)));
        assertThat(text).contains("|===", "|a |2.00 |5,000 |55", "|b |10.0", BlockingBenchmark.COMMAND);
    }
}
