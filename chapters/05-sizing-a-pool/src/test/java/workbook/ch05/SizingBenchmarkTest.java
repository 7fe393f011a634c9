package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The workloads really do their work and the predictions follow the formulas; timings are not tested. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SizingBenchmarkTest {

    @Test
    void cpuTasksTogetherCountEveryPrimeBelowTheLimit() throws Exception {
        var run = SizingBenchmark.runOnPool(2, SizingBenchmark.tasks(SizingBenchmark.Workload.CPU));
        assertThat(run.results().stream().mapToLong(Long::longValue).sum()).isEqualTo(SizingBenchmark.PRIMES_BELOW_CPU_LIMIT);
    }

    @Test
    void everyWaitingTaskTakesAtLeastItsWait() throws Exception {
        var run = SizingBenchmark.runOnPool(50, SizingBenchmark.tasks(SizingBenchmark.Workload.WAITING));
        assertThat(run.results()).hasSize(SizingBenchmark.TASKS)
                .allSatisfy(nanos -> assertThat(nanos).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(SizingBenchmark.WAIT_MILLIS)));
    }

    @Test
    void cpuBoundWorkIsPredictedToScaleUpToTheCoresOnly() {
        assertThat(SizingBenchmark.predictedSpeedUp(1, 4, 1, 0)).isEqualTo(1);
        assertThat(SizingBenchmark.predictedSpeedUp(4, 4, 1, 0)).isEqualTo(4);
        assertThat(SizingBenchmark.predictedSpeedUp(50, 4, 1, 0)).isEqualTo(4);
    }

    @Test
    void waitingWorkIsPredictedToScaleUpToNTimesOnePlusWOverC() {
        // 2 cores, C = 1 ms, W = 10 ms: the cores can keep 2 * (1 + 10) = 22 threads busy.
        assertThat(SizingBenchmark.predictedSpeedUp(8, 2, 1, 10)).isEqualTo(8);
        assertThat(SizingBenchmark.predictedSpeedUp(22, 2, 1, 10)).isEqualTo(22);
        assertThat(SizingBenchmark.predictedSpeedUp(50, 2, 1, 10)).isEqualTo(22);
    }

    @Test
    void theReportHasBothTablesAndNamesTheCommand() {
        var cpu = List.of(new SizingBenchmark.Row("cpu", 1, 400, Double.NaN, 1, 1));
        var waiting = List.of(new SizingBenchmark.Row("waiting", 4, 275, 11, 4, 4));
        var text = SizingBenchmark.report(cpu, waiting, 2, new SizingBenchmark.Calibration(1, 10), 42.4, "Measured on X.\n");

        assertThat(text).contains("|1 |400.0 |1.00 x |1 x", "N(1 + W/C) = 22.0", "|4 |275.0 |364 |11.00 |4.0 |4.00 x |4.0 x",
                "Measured on X.");
        assertThat(text.split("\\|===", -1)).hasSize(5); // two tables
    }

    @Test
    void theReportSaysHowLongTheRunTookAndTheBatchLimitOfEachPoolSize() {
        var cpu = List.of(new SizingBenchmark.Row("cpu", 1, 400, Double.NaN, 1, 1));
        var waiting = List.of(new SizingBenchmark.Row("waiting", 16, 90, 11, 12, 16));
        var text = SizingBenchmark.report(cpu, waiting, 2, new SizingBenchmark.Calibration(1, 10), 42.4, "Measured on X.\n");

        assertThat(text).contains("|16 |90.0 |1111 |11.00 |12.2 |12.00 x |16.0 x |14.3 x", "The whole run took 42 s.");
        assertThat(text.indexOf("The whole run took")).isBetween(text.lastIndexOf("|==="), text.indexOf("Measured on X."));
    }

    @Test
    void aBatchOfTasksLimitsTheSpeedUpToTasksOverRounds() {
        // 100 tasks: 16 threads need 7 rounds, 8 threads 13, 32 threads 4; 50 and 100 threads need only 2 and 1.
        assertThat(SizingBenchmark.batchLimit(1)).isEqualTo(1);
        assertThat(SizingBenchmark.batchLimit(8)).isEqualTo(100.0 / 13);
        assertThat(SizingBenchmark.batchLimit(16)).isEqualTo(100.0 / 7);
        assertThat(SizingBenchmark.batchLimit(32)).isEqualTo(25);
        assertThat(SizingBenchmark.batchLimit(50)).isEqualTo(50);
    }

    @Test
    void theCsvCarriesTheSettingsAndOneLinePerMeasurement() {
        var cpu = List.of(new SizingBenchmark.Row("cpu", 1, 400, Double.NaN, 1, 1));
        var waiting = List.of(new SizingBenchmark.Row("waiting", 4, 275, 11, 4, 4));
        var results = SizingChart.parse(SizingBenchmark.csv(cpu, waiting, 2, new SizingBenchmark.Calibration(1, 10)).lines().toList());

        assertThat(results.settings()).containsEntry("cores", "2").containsEntry("waitMs", "10.000");
        assertThat(results.of("cpu")).containsExactly(new SizingChart.Point(1, 1, 1));
        assertThat(results.of("waiting")).containsExactly(new SizingChart.Point(4, 4, 4));
    }
}
