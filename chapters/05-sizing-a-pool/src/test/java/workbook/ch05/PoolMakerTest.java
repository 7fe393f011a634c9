package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PoolMakerTest {

    @Test
    void thePlainMakerPassesEveryChoiceToTheConstructor() {
        var queue = new ArrayBlockingQueue<Runnable>(3);
        var policy = new ThreadPoolExecutor.CallerRunsPolicy();
        try (var pool = PoolMaker.plain().newThreadPoolExecutor(2, 5, queue, policy)) {
            assertThat(pool.getCorePoolSize()).isEqualTo(2);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(5);
            assertThat(pool.getQueue()).isSameAs(queue);
            assertThat(pool.getRejectedExecutionHandler()).isSameAs(policy);
            assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(30);
        }
    }
}
