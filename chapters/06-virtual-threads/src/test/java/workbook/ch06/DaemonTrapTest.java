package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JVM does not wait for virtual threads: a child JVM exits while its virtual threads still wait. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonTrapTest {

    @Test
    void theJvmExitsWhileAVirtualThreadIsStillWaiting() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DaemonTrap.class.getName(), "forever")
                .redirectErrorStream(true).start();
        try {
            // One virtual thread waits on a latch nobody opens: only the daemon rule lets this process end.
            assertThat(child.waitFor(50, TimeUnit.SECONDS)).as("the child JVM exited by itself").isTrue();
            assertThat(child.exitValue()).isZero();
            var output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("main returns").doesNotContain("the task's line");
        } finally {
            child.destroyForcibly();
        }
    }
}
