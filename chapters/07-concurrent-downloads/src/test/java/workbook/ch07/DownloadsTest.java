package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadsTest {

    private static final List<Integer> PAGES = IntStream.rangeClosed(1, 20).boxed().toList();

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReportIsWrittenOnlyAfterTheLastDownloadFinished() throws Exception {
        var gates = PageGates.holding(7);
        var csvBytes = new ByteArrayOutputStream();
        var failure = new AtomicReference<Throwable>();
        try (var f = new Fixture(20, CatalogueServer.Failures.NONE, gates);
             var csv = new PrintStream(csvBytes, true, StandardCharsets.UTF_8)) {
            var othersDone = new CountDownLatch(19);
            var downloader = f.downloader();
            PageDownload counted = page -> {
                var outcome = downloader.download(page);
                if (page != 7) othersDone.countDown();
                return outcome;
            };
            var runner = Thread.ofPlatform().name("downloads").start(() -> {
                try (var pool = Executors.newFixedThreadPool(4)) {
                    var outcomes = Downloads.onPool(PAGES, pool, counted, new Progress(20, 100, csv));
                    Report.write(outcomes, csv);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            othersDone.await(); // 19 of 20 pages are in; page 7 is held by the server until we say so
            assertThat(text(csvBytes)).as("report while page 7 is held").isEmpty();
            gates.release(7);
            runner.join();
            assertThat(failure.get()).isNull();
            var lines = text(csvBytes).lines().toList();
            assertThat(lines).hasSize(22).contains("7,ok,200," + Item.onPage(7).name() + "," + Item.onPage(7).price() + ",1");
            assertThat(lines.getFirst()).isEqualTo("progress: 20/20 finished (20 downloaded, 0 failed)");
            assertThat(lines.get(1)).isEqualTo(Report.HEADER);
        }
    }

    @Test
    void failingPagesAreRecordedAndNoPageIsLostOnAPool() throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            checkNothingLost((downloader, progress) -> Downloads.onPool(PAGES, pool, downloader::download, progress));
        }
    }

    @Test
    void failingPagesAreRecordedAndNoPageIsLostOneByOne() throws Exception {
        checkNothingLost((downloader, progress) -> Downloads.oneByOne(PAGES, downloader::download, progress));
    }

    @Test
    void failingPagesAreRecordedAndNoPageIsLostOnVirtualThreads() throws Exception {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            checkNothingLost((downloader, progress) -> Downloads.onPool(PAGES, pool, downloader::download, progress));
        }
    }

    private interface Way {
        List<Outcome> run(Downloader downloader, Progress progress) throws Exception;
    }

    private static void checkNothingLost(Way way) throws Exception {
        var progressBytes = new ByteArrayOutputStream();
        try (var f = new Fixture(20, new CatalogueServer.Failures(Set.of(3, 11), Set.of(5)), Fixture.noDelay())) {
            var outcomes = way.run(f.downloader(), new Progress(20, 5, new PrintStream(progressBytes, true, StandardCharsets.UTF_8)));
            assertThat(outcomes).extracting(Outcome::page).containsExactlyElementsOf(PAGES);
            assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Failed).containsExactly(
                    new Outcome.Failed(3, 500, "HTTP 500", 3), new Outcome.Failed(11, 500, "HTTP 500", 3));
            assertThat(outcomes.get(4)).isEqualTo(new Outcome.Downloaded(5, Item.onPage(5), 2));
            assertThat(Report.summary(outcomes)).isEqualTo("20 pages: 18 downloaded, 2 failed (pages 3, 11)");
            var progress = text(progressBytes).lines().toList();
            assertThat(progress).hasSize(4).last().isEqualTo("progress: 20/20 finished (18 downloaded, 2 failed)");
        }
    }

    @Test
    void aTaskThatThrowsIsABugReportedWithItsCauseAndTheOtherTasksAreCancelled() throws Exception {
        var bug = new IllegalStateException("a bug in the download code");
        var neverEnds = new CountDownLatch(1);
        PageDownload download = page -> {
            if (page == 1) throw bug;
            neverEnds.await(); // only an interrupt (a cancelled task) ends this
            return new Outcome.Downloaded(page, Item.onPage(page), 1);
        };
        var pool = Executors.newFixedThreadPool(2);
        try (pool) { // close() waits for every task: it returns only because onPool cancelled page 2's
            assertThatThrownBy(() -> Downloads.onPool(List.of(1, 2), pool, download, new Progress(2, 100, new PrintStream(new ByteArrayOutputStream()))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("threw instead of returning an outcome").hasCause(bug);
        }
        assertThat(neverEnds.getCount()).isEqualTo(1);
    }

    @Test
    void theCsvQuotesFieldsThatNeedIt() {
        var failed = new Outcome.Failed(9, 0, "IOException: reset, \"by peer\"", 2);
        assertThat(failed.csvLine()).isEqualTo("9,failed,0,\"IOException: reset, \"\"by peer\"\"\",,2");
    }
}
