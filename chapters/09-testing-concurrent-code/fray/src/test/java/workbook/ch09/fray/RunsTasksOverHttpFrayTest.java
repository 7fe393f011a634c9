package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Right: tasks run by a local HttpServer that HttpClient asks; Fray with no network delegate (its default). */
@ExtendWith(FrayTestExtension.class)
class RunsTasksOverHttpFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::runsTasksOverHttp);
    }
}
