package workbook.ch09.fray;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.command.NetworkDelegateType;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/** Right: tasks run by a local HttpServer; Fray with its reactive network delegate (its command line's default). */
@ExtendWith(FrayTestExtension.class)
class RunsTasksOverHttpReactiveNetworkFrayTest {

    @FrayTest(iterations = SeedContract.ITERATIONS, networkDelegateType = NetworkDelegateType.REACTIVE)
    void finalLineComesLast() throws InterruptedException {
        SeedContract.finalLineComesLast(FrayOnlyPrograms::runsTasksOverHttp);
    }
}
