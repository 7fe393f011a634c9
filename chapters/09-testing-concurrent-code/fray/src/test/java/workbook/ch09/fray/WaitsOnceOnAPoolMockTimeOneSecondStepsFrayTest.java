package workbook.ch09.fray;

import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.command.SystemTimeDelegateType;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;
import workbook.ch09.SeedPrograms;

/** Wrong: one timed wait on a pool, its answer ignored; mock clock 1 s per read, timed blocks end by it. */
@ExtendWith(FrayTestExtension.class)
class WaitsOnceOnAPoolMockTimeOneSecondStepsFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, systemTimeDelegateType = SystemTimeDelegateType.MOCK,
            ignoreTimedBlock = false, virtualTimeDelta = 1_000_000_000L)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(SeedPrograms.waitsOnceOnAPool(() -> Executors.newFixedThreadPool(2)));
    }
}
