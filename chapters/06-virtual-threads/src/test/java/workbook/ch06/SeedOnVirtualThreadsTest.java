package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.Caller;
import workbook.testkit.ThreadGate;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // ThreadGate's and Caller's loops spin
class SeedOnVirtualThreadsTest {

    @Test
    void closeWaitsForEveryVirtualThreadBeforeTheFinalLine() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var gate = new ThreadGate();
        var tasks = new ArrayList<>(gate.tasks(100));
        var caller = Caller.start("caller", () -> SeedOnVirtualThreads.runOnVirtualThreads(tasks, out));

        gate.awaitInside(100);            // all 100 at once: one thread per task, no queue
        caller.awaitParkedIn("close");    // the caller is blocked in the executor's close()
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("123");

        gate.open();
        caller.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("123" + System.lineSeparator());
        assertThat(gate.finished()).isEqualTo(100);
        assertThat(gate.threads()).hasSize(100).allMatch(Thread::isVirtual);
    }

    @Test
    void theSeedTasksPrintEveryLineAndTheFinalLineLast() {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SeedOnVirtualThreads.runOnVirtualThreads(SeedOnVirtualThreads.seedTasks(10, 20, out), out);
        var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(201).last().isEqualTo("123");
        assertThat(lines).contains("task0 0", "task9 19");
    }
}
