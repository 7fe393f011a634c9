package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.ThreadGate;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CommonPoolTest {

    @Test
    void shutdownLeavesTheCommonPoolRunning() throws Exception {
        ForkJoinPool.commonPool().shutdown();

        assertThat(ForkJoinPool.commonPool().isShutdown()).isFalse();
        assertThat(ForkJoinPool.commonPool().submit(() -> "still works").get()).isEqualTo("still works");
    }

    @Test
    void itsWorkersAreDaemonThreads() throws Exception {
        assertThat(ForkJoinPool.commonPool().submit(() -> Thread.currentThread().isDaemon()).get()).isTrue();
    }

    @Test
    void closeReturnsWithoutWaitingForAHeldTask() {
        var held = new ThreadGate();
        ForkJoinPool.commonPool().execute(held.task());

        ForkJoinPool.commonPool().close(); // if it waited for the held task, this test would hit its @Timeout

        assertThat(held.finished()).isEqualTo(0);
        held.open();
    }

    @Test
    void theDemonstrationSaysSo() throws Exception {
        var out = new RecordingOut();
        CommonPoolDemo.showCommonPool(out);
        assertThat(out.lines()).startsWith(
                "isShutdown() after shutdown() and close(): false",
                "a common-pool worker is a daemon thread: true");
    }
}
