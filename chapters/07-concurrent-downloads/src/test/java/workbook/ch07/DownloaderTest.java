package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloaderTest {

    private static final CatalogueServer.Failures FAILURES = new CatalogueServer.Failures(Set.of(4), Set.of(6));

    @Test
    void aGoodPageIsDownloadedAtTheFirstAttempt() throws Exception {
        try (var f = new Fixture(10, FAILURES, Fixture.noDelay())) {
            assertThat(f.downloader().download(2)).isEqualTo(new Outcome.Downloaded(2, Item.onPage(2), 1));
            assertThat(f.pauses).isEmpty();
        }
    }

    @Test
    void aFailingPageIsTriedMaxAttemptsTimesWithDoublingPausesThenRecordedAsFailed() throws Exception {
        try (var f = new Fixture(10, FAILURES, Fixture.noDelay())) {
            assertThat(f.downloader().download(4)).isEqualTo(new Outcome.Failed(4, 500, "HTTP 500", 3));
            assertThat(f.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(f.server.visits(4)).isEqualTo(3);
        }
    }

    @Test
    void aPageThatFailsOnceSucceedsOnTheSecondAttempt() throws Exception {
        try (var f = new Fixture(10, FAILURES, Fixture.noDelay())) {
            assertThat(f.downloader().download(6)).isEqualTo(new Outcome.Downloaded(6, Item.onPage(6), 2));
            assertThat(f.pauses).containsExactly(Duration.ofMillis(100));
        }
    }

    @Test
    void aMissingPageIsNotRetried() throws Exception {
        try (var f = new Fixture(10, FAILURES, Fixture.noDelay())) {
            assertThat(f.downloader().download(99)).isEqualTo(new Outcome.Failed(99, 404, "HTTP 404", 1));
            assertThat(f.pauses).isEmpty();
        }
    }

    @Test
    void aPageThatNeverAnswersTimesOutOnEveryAttempt() throws Exception {
        // Page 7 is held until the test ends (close() interrupts its handlers), so no response can arrive in time
        // however fast or slow this machine is: every attempt ends by its timeout. The 50 ms only sets how long the
        // test takes, never what it sees.
        try (var f = new Fixture(10, FAILURES, PageGates.holding(7))) {
            var outcome = f.downloader(Duration.ofMillis(50), 2, 8).download(7);
            assertThat(outcome).isEqualTo(new Outcome.Failed(7, 0, "timed out after 50 ms", 2));
            assertThat(f.pauses).containsExactly(Duration.ofMillis(100));
        }
    }

    @Test
    void neverMoreThanMaxConcurrentRequestsAreAtTheServer() throws Exception {
        var gates = PageGates.holdingEveryPage();
        try (var f = new Fixture(12, FAILURES, gates);
             var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var downloader = f.downloader(Duration.ofSeconds(20), 1, 3);
            var futures = new ArrayList<Future<Outcome>>();
            for (int page : List.of(1, 2, 3, 5, 7, 8, 9, 10, 11, 12)) futures.add(pool.submit(() -> downloader.download(page)));
            // Ten threads want to send; three permits let three requests through. Each release lets one more in.
            var held = new ArrayList<Integer>();
            for (int i = 0; i < 3; i++) held.add(gates.nextArrival());
            for (int i = 0; i < 10; i++) {
                if (held.size() == 3) assertThat(f.server.inFlight()).isEqualTo(3); // the three, and no fourth
                gates.release(held.removeFirst());
                if (i < 7) held.add(gates.nextArrival());
            }
            for (var future : futures) assertThat(future.get()).isInstanceOf(Outcome.Downloaded.class);
            assertThat(f.server.mostInFlight()).isEqualTo(3);
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new Downloader.Settings(Duration.ZERO, 1, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new Downloader.Settings(Duration.ofSeconds(1), 0, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new Downloader.Settings(Duration.ofSeconds(1), 1, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrent");
    }
}
