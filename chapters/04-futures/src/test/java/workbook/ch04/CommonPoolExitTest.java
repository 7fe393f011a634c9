package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CommonPoolExitTest {

    @Test
    void theJvmExitsWhileACommonPoolTaskIsStillRunning() throws Exception {
        var ended = WatchCommonPoolExit.runChild();

        assertThat(ended.exitStatus()).isZero();
        assertThat(ended.lines()).hasSize(2);
        assertThat(ended.lines().get(0)).matches("task runs on ForkJoinPool\\.commonPool-worker-\\d+, daemon: true");
        assertThat(ended.lines().get(1)).isEqualTo("main returns; result.isDone() = false"); // "task finished" never came
    }
}
