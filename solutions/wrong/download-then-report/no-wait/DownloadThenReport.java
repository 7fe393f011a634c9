package exercises.downloadthenreport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.Report;

// Wrong on purpose: the tasks add to a shared list, and the report is written from it before they are done.
// Expect: was written while
// Expect: Nothing waited for the downloads
public final class DownloadThenReport {
    public static void downloadThenReport(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Integer> pages,
                                          PageDownload download, PrintStream out) throws Exception {
        var outcomes = Collections.synchronizedList(new ArrayList<Outcome>());
        try (var pool = newFixedThreadPool.apply(poolSize)) {
            for (int page : pages) pool.submit(() -> outcomes.add(download.download(page)));
            var soFar = List.copyOf(outcomes);
            Report.write(soFar, out);
            out.println(Report.summary(soFar));
        }
    }
}
