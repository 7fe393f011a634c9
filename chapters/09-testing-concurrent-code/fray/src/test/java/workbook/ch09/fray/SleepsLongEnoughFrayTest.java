package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Wrong: sleeps "long enough" instead of waiting; Fray with its defaults. */
@ExtendWith(FrayTestExtension.class)
class SleepsLongEnoughFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::sleepsLongEnough);
    }
}
