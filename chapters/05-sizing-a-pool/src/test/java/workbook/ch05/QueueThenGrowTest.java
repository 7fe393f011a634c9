package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every task is held at a gate while the pool is looked at, so the counts are the same on every run. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class QueueThenGrowTest {

    @Test
    void startsCoreThreadsThenQueuesThenGrowsToTheMaximumThenRejects() throws Exception {
        var bytes = new ByteArrayOutputStream();
        QueueThenGrow.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "task 1 accepted: threads=1, queued=0",  // a new core thread for each task...
                "task 2 accepted: threads=2, queued=0",  // ...until there are corePoolSize of them
                "task 3 accepted: threads=2, queued=1",  // then the queue, not more threads
                "task 4 accepted: threads=2, queued=2",
                "task 5 accepted: threads=3, queued=2",  // only a full queue makes threads beyond the core
                "task 6 accepted: threads=4, queued=2",
                "task 7 rejected: threads=4, queued=2",  // full queue and maximumPoolSize threads: rejected
                "6 tasks ran; the pool had at most 4 threads");
    }
}
