package workbook.ch09.fray;

import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.command.SystemTimeDelegateType;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;
import workbook.ch09.SeedPrograms;

/** Wrong: one timed wait on a pool, its answer ignored; Fray's mock clock, timed blocks that end by that clock. */
@ExtendWith(FrayTestExtension.class)
class WaitsOnceOnAPoolMockTimeTimedBlocksFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, systemTimeDelegateType = SystemTimeDelegateType.MOCK,
            ignoreTimedBlock = false)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(SeedPrograms.waitsOnceOnAPool(() -> Executors.newFixedThreadPool(2)));
    }
}
