package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.command.SystemTimeDelegateType;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Wrong: sleeps "long enough"; Fray with its mock clock (every read of the time advances it 0.1 ms). */
@ExtendWith(FrayTestExtension.class)
class SleepsLongEnoughMockTimeFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, systemTimeDelegateType = SystemTimeDelegateType.MOCK)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::sleepsLongEnough);
    }
}
