package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workers that die before they take a task, again and again: every worker of the pool is stopped, tasks are
 * submitted (sent to the stopped workers, or about to be), then every worker is killed. Every task must still
 * run, on new workers; every core is kept busy meanwhile. Run with -Pstress.
 */
@Tag("stress")
@ExtendWith(CpuLoad.DuringEveryTest.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class NoTaskLostStressTest {

    @AfterEach
    void noProcessOutlivesATest() {
        Processes.killLeftovers();
    }

    @RepeatedTest(5)
    void tasksSentToWorkersThatDieBeforeTakingThemRunOnNewWorkers() throws Exception {
        assumeTrue(Processes.canSeeProcFs() && Processes.canSignal(), "needs Linux /proc and kill -STOP");
        try (var pool = new ProcessPool(2, List.of(PrintLines.class))) {
            var first = pool.workerPids();
            for (long pid : first) Processes.signal(pid, "STOP");
            for (long pid : first) Processes.awaitStopped(pid);   // no thread of theirs runs on
            var tasks = new ArrayList<TaskFuture>();
            for (int i = 0; i < 4; i++) tasks.add(pool.submit(PrintLines.class, "S " + (i + 1)));
            for (long pid : first) Processes.signal(pid, "KILL");
            for (int i = 0; i < tasks.size(); i++) {
                var r = tasks.get(i).get();
                assertThat(r.value()).isEqualTo(Integer.toString(i + 1));
                assertThat(first).doesNotContain(r.workerPid());
            }
        }
    }
}
