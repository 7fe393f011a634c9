package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's workloads must really do all their work; the timings themselves are not tested. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
// countPrimes is tested with the rest of the shared workload, in bench-support's CpuWorkTest.
class PoolBenchmarkTest {


    @Test
    void everyRunnerWritesEveryByteToTheDiscardingSink() throws Exception {
        // printOnce throws if a single byte is missing
        for (var runner : List.of(PoolBenchmark.Runner.sequential(), PoolBenchmark.Runner.pool(2), PoolBenchmark.Runner.pool(50))) {
            PoolBenchmark.printOnce(runner, PoolBenchmark::nullSink, PoolBenchmark::linePerPrintln);
            PoolBenchmark.printOnce(runner, PoolBenchmark::nullSink, PoolBenchmark::onePrintPerTask);
        }
    }

    @Test
    void thePipeDeliversEveryByteToCat() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/cat")) || Files.isExecutable(Path.of("/usr/bin/cat")), "needs cat");
        PoolBenchmark.printOnce(PoolBenchmark.Runner.pool(2), PoolBenchmark::pipeSink, PoolBenchmark::linePerPrintln);
        PoolBenchmark.printOnce(PoolBenchmark.Runner.pool(2), PoolBenchmark::pipeSink, PoolBenchmark::onePrintPerTask);
    }

    @Test
    void theReportIsAnAsciiDocTableNamingTheCommand() {
        var text = PoolBenchmark.report(
                List.of(new PoolBenchmark.PrintRow("a", 1, 2, 3, 4)),
                List.of(new PoolBenchmark.CpuRow("b", 10, 1)));
        assertThat(text).contains("|===", "|a |1.0 |2.0 |3.0 |4.0", "|b |10.0 |1.00 x", PoolBenchmark.COMMAND);
    }
}
