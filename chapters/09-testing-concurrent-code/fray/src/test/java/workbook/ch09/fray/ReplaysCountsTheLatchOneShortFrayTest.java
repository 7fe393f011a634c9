package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;
import workbook.ch09.SeedPrograms;

/** Replays the schedule that CountsTheLatchOneShortFrayTest saved when it failed (fray/run runs it after that test). */
@ExtendWith(FrayTestExtension.class)
class ReplaysCountsTheLatchOneShortFrayTest {

    @FrayTest(replay = "target/fray/fray-report/workbook.ch09.fray.CountsTheLatchOneShortFrayTest"
            + "/finalLineComesLast/recording")
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(SeedPrograms::countsTheLatchOneShort);
    }
}
