package exercises.downloadthenreport;

import exercises.support.Expect;
import exercises.support.HeldAt;
import exercises.support.HeldDownloads;
import exercises.support.HeldRun;
import exercises.support.InterruptExpect;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.RecordingOut;
import exercises.support.WatchedPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import workbook.ch07.CatalogueServer;
import workbook.ch07.Item;
import workbook.ch07.Outcome;
import workbook.ch07.Report;

/**
 * Twelve pages come from chapter 07's catalogue server, started by the test. Page 7 (in two tests also the first or
 * the last page, in turn) is held at the server until
 * your thread is really waiting for it (blocked in get() of its future, close(), awaitTermination or invokeAll),
 * so a report line written before the last download finished is caught on every run. Page 4 always fails.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class DownloadThenReportTest {

    private static final String FILE = exercises.support.Stub.file(DownloadThenReport.class);
    private static final int PAGES = 12;
    private static final int HELD_IN_THE_MIDDLE = 7;
    /** The page the server holds in this test: in the middle, unless a test holds the first or the last. */
    private int held = HELD_IN_THE_MIDDLE;
    private static final int FAILING = 4;
    private static final int POOL_SIZE = 4;

    private WatchedPool.Factory pools = new WatchedPool.Factory();
    private HeldDownloads downloads;

    private record Run(HeldRun run, RecordingOut out) {}

    private Run run() throws InterruptedException {
        return run(false);
    }

    /** With {@code interrupting}, your thread is interrupted the first time it really waits for the held page. */
    private Run run(boolean interrupting) throws InterruptedException {
        downloads = new HeldDownloads(PAGES, held, new CatalogueServer.Failures(Set.of(FAILING), Set.of()), pools);
        var out = RecordingOut.counting(downloads::unfinished);
        exercises.support.LearnerRun.LearnerCode code =
                () -> DownloadThenReport.downloadThenReport(pools, POOL_SIZE, downloads.pages(), downloads.download(), out);
        OwnWaits.startRun(pools.time() == WatchedPool.Time.ADVERSARY); // your own timed waits time out where the pool's do
        try {
            var run = interrupting ? HeldRun.interrupting(downloads, downloads::judge, downloads::submitted, () -> {}, code)
                    : HeldRun.run(downloads, downloads::judge, downloads::submitted, code);
            return new Run(run, out);
        } finally {
            OwnWaits.endRun();
        }
    }

    private static int page(HeldAt at) {
        return switch (at) {
            case FIRST -> 1;
            case MIDDLE -> HELD_IN_THE_MIDDLE;
            case LAST -> PAGES;
        };
    }

    @AfterEach
    void nothingOutlivesTheTest() throws InterruptedException {
        if (downloads != null) downloads.close();
    }

    /** The page held is the first, one in the middle or the last: waiting for all but some of them is caught too. */
    @ParameterizedTest(name = "the held page is the {0} one")
    @EnumSource(HeldAt.class)
    void theReportIsWrittenOnlyAfterTheLastDownloadFinished(HeldAt at) throws InterruptedException {
        held = page(at);
        var r = run();
        returnedNormally(r.run());
        nothingWrittenEarly(r);
    }

    /**
     * Your first timed waits on the pool or a future time out (the test makes them, as a slow network may). The page held
     * is the first, one in the middle or the last, so a timed wait on only some futures (the last one's) meets it too.
     */
    @ParameterizedTest(name = "the held page is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt at) throws InterruptedException {
        held = page(at);
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        var r = run();
        boolean timedOut = pools.created().stream().anyMatch(p -> !p.timedOut().isEmpty()) || !OwnWaits.timedOut().isEmpty();
        var t = r.run().thrown();
        if (timedOut && t != null && !(t instanceof UnsupportedOperationException) && r.out().lines().isEmpty()) {
            return; // it noticed that time ran out and stopped, writing nothing: correct
        }
        returnedNormally(r.run());
        nothingWrittenEarly(r);
        var timedOutCall = pools.created().stream().flatMap(p -> p.timedOut().stream()).findFirst()
                .or(() -> OwnWaits.timedOut().stream().findFirst());
        if (timedOutCall.isPresent()) {
            everyPageInOrder(r, "Your " + timedOutCall.get() + " timed out (the test made it, as a slow network may), and the report"
                    + " you wrote afterwards is not the full one: a timed-out get() means that page is still downloading, not that"
                    + " it does not exist. Use the answer: wait again (in a loop) until it is done, or get() without a timeout, and"
                    + " only then write every page.\n  " + Lesson.AWAIT_RESULT);
        }
    }

    /**
     * Your thread is interrupted while it waits for the held page: going on waiting, or stopping and saying so (the
     * InterruptedException leaves your method, or the flag is set again) is right; a report written while that page is
     * unfinished is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        var r = run(true);
        var t = r.run().thrown();
        if (t instanceof UnsupportedOperationException || !r.run().interruptSent()) {
            returnedNormally(r.run());
            nothingWrittenEarly(r);
            return;
        }
        var early = r.out().lines().stream().filter(l -> l.unfinishedTasks() > 0).findFirst()
                .map(l -> "'" + l.text() + "' was written while " + l.unfinishedTasks() + " of " + PAGES + " downloads "
                        + (l.unfinishedTasks() == 1 ? "was" : "were") + " unfinished (page " + held + " was held by the server)")
                .orElse(null);
        boolean written = !r.out().lines().isEmpty();
        InterruptExpect.respected(t, r.run().flagSetAtReturn(), early, written, "the report", "downloads");
        if (written) {
            returnedNormally(r.run());
            nothingWrittenEarly(r);
        } else {
            InterruptExpect.poolsShutDownOnStop(pools.created());
        }
    }

    private void nothingWrittenEarly(Run r) {
        for (var line : r.out().lines()) {
            if (line.unfinishedTasks() > 0) {
                int n = line.unfinishedTasks();
                throw new AssertionError("'" + line.text() + "' was written while " + n + " of " + PAGES + " downloads "
                        + (n == 1 ? "was" : "were") + " unfinished (page " + held + " was held by the server until your thread waited"
                        + " for it). " + diagnosis());
            }
        }
        if (r.run().slept()) {
            throw new AssertionError(Expect.sleptWhile("pages were still downloading",
                    "wait for the downloads themselves (get() every future).", Lesson.SLEEPING));
        }
    }

    @Test
    void theReportHasEveryPageInPageOrderAndTheSummary() throws InterruptedException {
        var r = run();
        returnedNormally(r.run());
        everyPageInOrder(r, "Collect the outcomes in page order (get() the futures in the order you submitted them), then call"
                + " Report.write(outcomes, out) and out.println(Report.summary(outcomes)) once.\n  " + Lesson.REPORT_AFTER_DOWNLOADS);
    }

    /** The report is every page's line, in page order, then the summary; else the lines wanted and got, then {@code advice}. */
    private static void everyPageInOrder(Run r, String advice) {
        var outcomes = new ArrayList<Outcome>();
        for (int p = 1; p <= PAGES; p++) {
            outcomes.add(p == FAILING ? new Outcome.Failed(p, 500, "HTTP 500", 2) : new Outcome.Downloaded(p, Item.onPage(p), 1));
        }
        var expected = new ArrayList<String>();
        expected.add(Report.HEADER);
        outcomes.forEach(o -> expected.add(o.csvLine()));
        expected.add(Report.summary(outcomes));
        var printed = r.out().lines().stream().map(RecordingOut.Line::text).toList();
        if (!printed.equals(expected)) {
            throw new AssertionError("The report should be these " + expected.size() + " lines:\n    " + String.join("\n    ", expected)
                    + "\n  but you printed " + printed.size() + " lines:\n    " + String.join("\n    ", printed)
                    + "\n  " + advice);
        }
    }

    @Test
    void thePagesAreDownloadedSideBySideOnOnePoolThatIsShutDown() throws InterruptedException {
        var r = run();
        returnedNormally(r.run());
        Expect.onePoolOfSize(pools, POOL_SIZE);
        var workers = pools.created().getFirst().workers();
        var outside = downloads.downloadThreads().stream().filter(t -> !workers.contains(t)).map(Thread::getName).toList();
        if (!outside.isEmpty()) {
            throw new AssertionError("Pages were downloaded on " + outside + ", not on the pool's threads: submit every download to the"
                    + " pool as a task.\n  " + Lesson.REPORT_AFTER_DOWNLOADS);
        }
        int started = r.run().startedWhenReleased();
        if (started >= 0 && started < PAGES) {
            throw new AssertionError("When your thread waited for page " + held + ", only " + started + " of " + PAGES + " downloads had"
                    + " been submitted: you waited for each page before submitting the next, so they ran one after another."
                    + " Submit every page first, then wait for each future.\n  " + Lesson.REPORT_AFTER_DOWNLOADS);
        }
        Expect.poolShutDown(pools);
    }

    /** What went wrong, and the section that explains it. */
    private String diagnosis() {
        var pool = pools.created().isEmpty() ? null : pools.created().getFirst();
        if (pool == null) return "Download every page on the pool, wait for all of them, then write.\n  " + Lesson.REPORT_AFTER_DOWNLOADS;
        if (!OwnWaits.timedOut().isEmpty() && pool.timedOut().isEmpty()) return Expect.ownTimedOutMessage();
        if (!pool.timedOut().isEmpty()) {
            return "Your " + pool.timedOut().getFirst() + " timed out (the test made it, as a slow network may; page " + held
                    + " was still being downloaded), and you wrote the report anyway (pool calls: " + calls(pool)
                    + "). Use its answer: wait again until the work is done, or get() every future.\n  " + Lesson.AWAIT_RESULT;
        }
        if (pool.futureGetCalled()) {
            return "You waited for some futures, but wrote before you had waited for every one: collect all the outcomes"
                    + " first (a loop of get()), and write the report after that loop, not inside it.\n  " + Lesson.REPORT_AFTER_DOWNLOADS;
        }
        return "Nothing waited for the downloads before writing (pool calls: " + calls(pool)
                + "). submit() only queues a task: get() every future before the report.\n  " + Lesson.REPORT_AFTER_DOWNLOADS;
    }

    private static String calls(WatchedPool pool) {
        return pool.calls().stream().distinct().collect(Collectors.joining(", "));
    }

    private static void returnedNormally(HeldRun run) {
        var t = run.thrown();
        if (t == null) return;
        if (t instanceof UnsupportedOperationException) {
            throw new AssertionError("Not started yet: " + t.getMessage() + "\n  Edit " + FILE, t);
        }
        throw new AssertionError("Your code threw " + t + " instead of returning normally. A failed page is an Outcome.Failed,"
                + " not an exception; where it was thrown: ./learn check --verbose shows its stack trace.", t);
    }

}
