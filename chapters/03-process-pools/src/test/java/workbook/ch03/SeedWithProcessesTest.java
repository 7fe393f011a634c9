package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class SeedWithProcessesTest {

    @AfterEach
    void noProcessOutlivesATest() {
        Processes.killLeftovers();
    }

    @Test
    void everyTaskPrintsAllItsLinesInOneBlockAndTheFinalLineComesLast() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var results = SeedWithProcesses.runSeed(6, 50, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6 * 50 + 1);
        assertThat(lines.getLast()).isEqualTo("123");
        for (int t = 0; t < 6; t++) {
            int task = t;
            assertThat(lines.subList(t * 50, t * 50 + 50))
                    .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "task" + task + " " + i).toList());
        }
        assertThat(results).extracting(TaskResult::workerPid).allMatch(pid -> ProcessHandle.of(pid).isEmpty()
                || !ProcessHandle.of(pid).get().isAlive());
    }

    @Test
    void oneProcessPerTaskPrintsTheSameAndWaitsForEveryProcess() throws Exception {
        var bytes = new ByteArrayOutputStream();
        ProcessPerTask.runOneProcessPerTask(3, 4, java.util.List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(13).last().isEqualTo("123");
        assertThat(ProcessHandle.current().children()).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void outputHandedBackThroughThePoolIsNeverMixed() throws Exception {
        var text = SharedStdout.throughThePool(3, 300);
        assertThat(text.lines()).hasSize(900);
        assertThat(SharedStdout.brokenLines(text)).isEmpty();
    }

    @Test
    void theTimelineHasABarForEveryTaskAndEveryWorkerStart() throws Exception {
        var svg = Timeline.recordRun(2, 5, 10, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
        assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 2 + 5); // background, 2 start-ups, 5 tasks
        assertThat(svg).contains("worker 0", "worker 1").doesNotContain("worker 2");
    }
}
