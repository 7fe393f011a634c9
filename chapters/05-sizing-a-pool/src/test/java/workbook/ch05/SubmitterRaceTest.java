package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The counting is exact and the report says what, where and how; the counts of the racy designs are not tested. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SubmitterRaceTest {

    @Test
    void everyDesignIsCountedOnceWithTheSameSizes() {
        assertThat(SubmitterRace.designs(2, 2)).hasSize(5)
                .extracting(SubmitterRace.Design::holds).containsExactly(false, false, false, true, true);
    }

    @Test
    void theReportGivesMedianFewestMostAndEachRoundAndNamesLoadAndCommand() {
        var racy = SubmitterRace.designs(2, 2).get(0);
        var rows = List.of(new SubmitterRace.Row(racy, new long[] {30, 10, 2_000, 20, 40}));
        var text = SubmitterRace.report(rows, 2, 2, 200_000, 41.6, Optional.of("1.50, 0.90 and 0.40"), "Measured on X.\n");

        assertThat(text).contains(".Rejected tasks of 200,000 handed one after another to 2 threads with a queue of 2 (5 rounds each)",
                "|Semaphore, queue of 2 |threads + queue = 4 |when the task ends (finally) |30 |10 |2,000 |30; 10; 2,000; 20; 40",
                "The whole run took 42 s. The load averages (1, 5 and 15 minutes) were 1.50, 0.90 and 0.40 when it started.",
                "Measured on X.");
        assertThat(text.split("\\|===", -1)).hasSize(3); // one table
    }

    @Test
    void offLinuxTheReportLeavesTheLoadOut() {
        var rows = List.of(new SubmitterRace.Row(SubmitterRace.designs(1, 1).get(4), new long[] {0}));
        assertThat(SubmitterRace.report(rows, 1, 1, 10, 1, Optional.empty(), "Measured on X.\n")).doesNotContain("load");
    }
}
