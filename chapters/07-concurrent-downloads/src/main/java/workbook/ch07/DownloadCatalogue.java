package workbook.ch07;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import workbook.bench.Machine;

/**
 * The chapter's example: starts a local catalogue server (200 pages, 20 ms each, a few failing and one slow
 * page), downloads every page, and only then writes the CSV report.
 *
 * <pre>./mvnw -q -pl chapters/07-concurrent-downloads exec:exec -Dexample=download -Dargs="virtual 20"</pre>
 *
 * Arguments: how ({@code sequential}, {@code pool:N} or {@code virtual}), the most requests at a time
 * (default 20), the report file (default target/catalogue.csv).
 */
public final class DownloadCatalogue {

    static final int PAGES = 200;
    static final Duration LATENCY = Duration.ofMillis(20);
    static final CatalogueServer.Failures FAILURES = new CatalogueServer.Failures(Set.of(17, 99), Set.of(60, 150));
    static final Set<Integer> SLOW = Set.of(123);
    static final Duration SLOW_LATENCY = Duration.ofSeconds(5);
    static final Downloader.Settings SETTINGS =
            new Downloader.Settings(Duration.ofMillis(500), 3, Duration.ofMillis(50), 20);

    private DownloadCatalogue() {}

    static final String USAGE = "arguments: [sequential|pool:N|virtual] [most requests at a time, e.g. 20] [report file]";

    public static void main(String[] args) throws Exception {
        String how;
        int maxConcurrent;
        try {
            how = checkedHow(args.length > 0 ? args[0] : "virtual");
            maxConcurrent = args.length > 1 ? number(args[1]) : SETTINGS.maxConcurrent();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var file = Path.of(args.length > 2 ? args[2] : "target/catalogue.csv");
        var settings = new Downloader.Settings(SETTINGS.timeout(), SETTINGS.maxAttempts(), SETTINGS.firstBackoff(), maxConcurrent);
        try {
            run(how, settings, file, System.out);
        } catch (ReportFile.NotWritable e) {
            System.err.println(e.getMessage());      // one sentence, no stack trace: the user named a bad place
            System.exit(2);
        }
    }

    /**
     * Downloads every page and writes the report to {@code file}; first checks that the report can go there, so
     * a bad path is said before the downloads, not after.
     */
    static void run(String how, Downloader.Settings settings, Path file, PrintStream out) throws Exception {
        ReportFile.check(file);
        var pages = IntStream.rangeClosed(1, PAGES).boxed().toList();
        out.printf("%d pages, %d ms each (page %s: %d s), pages %s fail, %s fail once%n%s, at most %d requests at a time%n",
                PAGES, LATENCY.toMillis(), SLOW.iterator().next(), SLOW_LATENCY.toSeconds(),
                sorted(FAILURES.alwaysFailing()), sorted(FAILURES.failingOnce()), how, settings.maxConcurrent());
        long start = System.nanoTime();
        // tag::main[]
        List<Outcome> outcomes;
        var hold = CatalogueServer.Hold.latency(LATENCY, SLOW, SLOW_LATENCY);
        try (var client = Downloader.newHttpClient(); // <1>
             var server = CatalogueServer.start(PAGES, FAILURES, hold)) { // <2>
            var downloader = new Downloader(client, server::page, settings, Sleeper.REAL);
            var progress = new Progress(PAGES, 50, out);
            if (how.equals("sequential")) {
                outcomes = Downloads.oneByOne(pages, downloader::download, progress);
            } else {
                try (var pool = pool(how)) { // <3>
                    outcomes = Downloads.onPool(pages, pool, downloader::download, progress);
                }
            }
        }
        var lines = Report.lines(outcomes); // <4>
        ReportFile.write(file, lines);
        out.println(Report.summary(outcomes));
        // end::main[]
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.printf("Wrote %s (%d lines) after %.1f s. Its failed lines:%n", file.getFileName(), lines.size(), millis / 1000.0);
        for (var line : lines) {
            if (line.contains(",failed,")) out.println("  " + line);
        }
        out.println("Ran on " + Machine.description());
    }

    /** {@code how} if it names a way to download, else an IllegalArgumentException with the usage. */
    static String checkedHow(String how) {
        if (how.equals("sequential") || how.equals("virtual")) return how;
        if (how.startsWith("pool:")) {
            number(how.substring("pool:".length()));
            return how;
        }
        throw new IllegalArgumentException("how to download: sequential, pool:N or virtual; got " + how + "\n" + USAGE);
    }

    static ExecutorService pool(String how) {
        if (how.equals("virtual")) return Executors.newVirtualThreadPerTaskExecutor();
        if (how.startsWith("pool:")) return Executors.newFixedThreadPool(number(how.substring("pool:".length())));
        throw new IllegalArgumentException("how to download: sequential, pool:N or virtual; got " + how + "\n" + USAGE);
    }

    /** A positive whole number from the command line, or a message that says what was expected. */
    static int number(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("expected a whole number of at least 1, got \"" + text + "\"\n" + USAGE);
    }

    private static List<Integer> sorted(Set<Integer> pages) {
        return pages.stream().sorted().toList();
    }
}
