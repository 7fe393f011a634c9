package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs NeverShutDown in a child JVM: main returns, yet the JVM lives on until it is stopped from outside. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NeverShutDownTest {

    @Test
    void aPoolNeverShutDownKeepsTheJvmAliveAfterMainHasReturned() throws Exception {
        Process child = WatchNeverShutDown.startChild();
        try {
            var seen = WatchNeverShutDown.watch(child);

            assertThat(seen.lines()).anyMatch(l -> l.startsWith("the task ran on pool-"));
            assertThat(seen.lines().getLast())
                    .as("the child reports that main has ended, and which non-daemon threads are left")
                    .startsWith(NeverShutDown.MAIN_RETURNED)
                    .contains("pool-1-thread-1");
            assertThat(seen.aliveAfterMainReturned()).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    @Test
    void theSameProgramExitsByItselfWhenItClosesThePool() throws Exception {
        Process child = WatchNeverShutDown.startChild("close");
        try {
            assertThat(child.waitFor()).as("exit code").isZero(); // no timeout needed: it ends on its own
        } finally {
            child.destroyForcibly();
        }
    }
}
