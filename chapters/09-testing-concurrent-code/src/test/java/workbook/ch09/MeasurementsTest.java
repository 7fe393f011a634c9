package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The measurement mains run and make their tables; their counts are measured by hand, not asserted. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MeasurementsTest {

    @Test
    void theSleepingTestMeasurementCountsEveryRun() throws InterruptedException {
        var rows = SleepingTestLies.measure(2);
        assertThat(rows).hasSize(8).allSatisfy(r -> assertThat(r.runs()).isEqualTo(2));
        // the gated check decides the same way on every run, whatever the machine does
        assertThat(rows.get(3).passed()).isZero();
        assertThat(rows.get(7).passed()).isEqualTo(2);
    }

    @Test
    void theStressMeasurementCountsEveryRunAndTheChecksDecideAlike() throws InterruptedException {
        var rows = StressLimits.measure(2);
        assertThat(rows).hasSize(5);
        for (int i = 0; i < 4; i++) assertThat(rows.get(i).checkFailed()).as(rows.get(i).c().program()).isEqualTo(2);
        assertThat(rows.get(4).checkFailed()).isZero();
    }

    @Test
    void argumentsNameRunsAndBurners() {
        assertThat(Load.runs(new String[] {"f.adoc", "--burners=4", "50"}, 7)).isEqualTo(50);
        assertThat(Load.runs(new String[] {"f.adoc"}, 7)).isEqualTo(7);
        assertThat(Load.burnersAsked(new String[] {"f.adoc", "--burners=4"})).isEqualTo(4);
    }
}
