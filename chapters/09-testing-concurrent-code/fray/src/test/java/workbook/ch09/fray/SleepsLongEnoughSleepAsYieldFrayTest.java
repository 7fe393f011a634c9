package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Wrong: sleeps "long enough"; Fray with sleepAsYield (Thread.sleep becomes Thread.yield). */
@ExtendWith(FrayTestExtension.class)
class SleepsLongEnoughSleepAsYieldFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, sleepAsYield = true)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::sleepsLongEnough);
    }
}
