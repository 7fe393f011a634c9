package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

/**
 * Exercise download-then-report (chapter 07, downloading many pages): every page, then the report.
 *
 * <p>Check it:  {@code ./learn check download-then-report}    Stuck?  {@code ./learn hint download-then-report}
 * <br>(or: {@code ./mvnw -q -pl exercises -am test -Dtest=DownloadThenReportTest})
 */
public final class DownloadThenReport {

    private DownloadThenReport() {}

    /**
     * Downloads every page on one fixed pool of {@code poolSize} threads; when every page has its outcome, prints the
     * report to {@code out}: {@code Report.write(outcomes, out)} (the header and one line per page, in page order),
     * then the line {@code Report.summary(outcomes)}. Nothing may be printed before the last download has finished,
     * and the pool is shut down before this method returns.
     *
     * @param newFixedThreadPool makes the pool: {@code newFixedThreadPool.apply(poolSize)}
     * @param pages              the pages to download, e.g. 1 to 12
     * @param download           downloads one page: {@code download.download(page)} returns its {@code Outcome}
     *                           (a failed page is an {@code Outcome.Failed}, not an exception)
     * @param out                where the report goes
     */
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        throw new UnsupportedOperationException(
                "submit one task per page (download.download(page)) to the pool, keep the futures, get() every one,"
                        + " and only then write the report with Report.write and Report.summary (then delete this throw statement).");
    }
}
