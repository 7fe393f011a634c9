package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;
import workbook.ch09.SeedPrograms;

/** Wrong: waits for some of the tasks. */
@ExtendWith(FrayTestExtension.class)
class JoinsAllButTheLastFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(SeedPrograms::joinsAllButTheLast);
    }
}
