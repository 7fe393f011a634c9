package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.ThreadGate;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ShutdownNowTest {

    @Test
    void interruptsTheRunningTasksAndReturnsTheOnesThatNeverStarted() throws Exception {
        var held = new ThreadGate();
        var out = new RecordingOut();
        var pool = Executors.newFixedThreadPool(2);
        held.tasks(5).forEach(pool::submit);
        while (held.started() < 2) Thread.onSpinWait(); // both workers are inside a held task

        var neverStarted = ShutdownNowDemo.stopNow(pool, out);

        assertThat(neverStarted).hasSize(3);
        assertThat(held.interrupted()).as("running tasks interrupted").isEqualTo(2);
        assertThat(held.finished()).as("tasks that finished their work").isEqualTo(0);
        assertThat(held.started()).as("the queued tasks never ran").isEqualTo(2);
        assertThat(pool.isTerminated()).isTrue();
        assertThat(out.lines()).containsExactly("shutdownNow() returned 3 tasks that never started", "terminated: true");
    }
}
