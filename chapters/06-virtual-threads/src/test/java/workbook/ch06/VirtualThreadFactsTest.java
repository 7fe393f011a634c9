package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.testkit.Caller;
import workbook.testkit.ThreadGate;

/** What the chapter says a virtual thread is. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // ThreadGate's and Caller's loops spin
class VirtualThreadFactsTest {

    @Test
    void aVirtualThreadIsAThreadThatIsAlwaysADaemon() throws InterruptedException {
        var seen = new AtomicReference<Thread>();
        Thread t = Thread.ofVirtual().start(() -> seen.set(Thread.currentThread()));
        t.join();
        assertThat(seen.get()).isSameAs(t);
        assertThat(t.isVirtual()).isTrue();
        assertThat(t.isDaemon()).isTrue();
        assertThatThrownBy(() -> Thread.ofVirtual().unstarted(() -> {}).setDaemon(false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itRunsOnACarrierOfTheSchedulersForkJoinPool() throws InterruptedException {
        var description = new AtomicReference<String>();
        Thread.ofVirtual().start(() -> description.set(Thread.currentThread().toString())).join();
        // e.g. VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1: the carrier is a ForkJoinPool worker.
        // Thread.toString()'s format is not specified; this pins down the one JDK 21 to 25 print, which the chapter
        // shows. If a later JDK changes it, update the chapter's sentence about it along with this line.
        assertThat(Thread.ofVirtual().unstarted(() -> {}).isVirtual()).isTrue();
        assertThat(description.get()).startsWith("VirtualThread[").contains("@ForkJoinPool-");
    }

    @Test
    void thePerTaskExecutorStartsANewVirtualThreadForEveryTask() throws Exception {
        var gate = new ThreadGate();
        var caller = Caller.start("caller", () -> {
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var task : gate.tasks(1_000)) executor.submit(task);
            }
        });
        gate.awaitInside(1_000); // 1,000 tasks blocked at once, each on its own thread
        caller.awaitParkedIn("close");
        assertThat(caller.thread().isAlive()).as("close() waits while tasks run").isTrue();
        gate.open();
        caller.finish();
        assertThat(gate.threads()).hasSize(1_000).allMatch(Thread::isVirtual);
        assertThat(gate.finished()).isEqualTo(1_000);
    }

    @Test
    void aPoolOfVirtualThreadsReusesThemLikeAnyPool() throws Exception {
        var gate = new ThreadGate();
        gate.open();
        try (var pool = Executors.newFixedThreadPool(3, Thread.ofVirtual().factory())) {
            for (var task : gate.tasks(100)) pool.submit(task);
        }
        assertThat(gate.threads()).hasSizeLessThanOrEqualTo(3).allMatch(Thread::isVirtual);
        assertThat(gate.finished()).isEqualTo(100);
    }
}
