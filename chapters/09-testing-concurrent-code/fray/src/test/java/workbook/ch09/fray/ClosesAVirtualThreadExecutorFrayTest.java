package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Right: a virtual thread per task, close() waits; does Fray 0.9.2 run virtual threads? */
@ExtendWith(FrayTestExtension.class)
class ClosesAVirtualThreadExecutorFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::closesAVirtualThreadExecutor);
    }
}
