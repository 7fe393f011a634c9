package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.command.SystemTimeDelegateType;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Wrong: sleeps "long enough"; Fray's mock clock, and timed blocks that end by that clock. */
@ExtendWith(FrayTestExtension.class)
class SleepsLongEnoughMockTimeTimedBlocksFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, systemTimeDelegateType = SystemTimeDelegateType.MOCK,
            ignoreTimedBlock = false)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::sleepsLongEnough);
    }
}
