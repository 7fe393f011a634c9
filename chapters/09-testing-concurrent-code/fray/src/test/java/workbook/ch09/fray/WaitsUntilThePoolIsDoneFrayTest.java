package workbook.ch09.fray;

import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;
import workbook.ch09.SeedPrograms;

/** Right: waits on the pool until it says done. */
@ExtendWith(FrayTestExtension.class)
class WaitsUntilThePoolIsDoneFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(SeedPrograms.waitsUntilThePoolIsDone(() -> Executors.newFixedThreadPool(2)));
    }
}
