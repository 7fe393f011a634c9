package workbook.ch04;

import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;

/** A test that runs its examples on one pool of its own, which no test leaves running. */
abstract class OnAPool {

    final ExecutorService pool;

    OnAPool(ExecutorService pool) {
        this.pool = pool;
    }

    @AfterEach
    void stopThePool() {
        pool.shutdownNow(); // tasks a failed test left held are interrupted
        pool.close();
    }
}
