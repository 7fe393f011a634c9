package workbook.ch07;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import workbook.bench.Machine;

/**
 * Downloads 200 pages of 50 ms each from the local server: one by one, on fixed pools of 4, 16 and 64 threads,
 * and on virtual threads with and without a bound on concurrent requests. Compares each time with the
 * prediction pages x latency / concurrency, and writes results/download-benchmark.adoc.
 *
 * <pre>./mvnw -q -pl chapters/07-concurrent-downloads exec:exec -Dexample=download-benchmark</pre>
 */
public final class DownloadBenchmark {

    static final int PAGES = 200;
    static final Duration LATENCY = Duration.ofMillis(50);
    static final int ROUNDS = 3;
    static final String COMMAND = "./mvnw -q -pl chapters/07-concurrent-downloads exec:exec -Dexample=download-benchmark";

    /** One way to download: a pool (or none: sequential) and the bound on requests at a time. */
    record Way(String label, String pool, int poolThreads, int maxConcurrent) {
        /** How many requests can wait for an answer at once (no request times out here, so also how many are at the server). */
        int concurrency() {
            return Math.min(PAGES, Math.min(poolThreads, maxConcurrent));
        }
    }

    record Row(Way way, double predictedMillis, double measuredMillis, int rounds) {}

    static final List<Way> WAYS = List.of(
            new Way("one after another, on the calling thread", "sequential", 1, PAGES),
            new Way("a fixed pool of 4 threads", "pool:4", 4, PAGES),
            new Way("a fixed pool of 16 threads", "pool:16", 16, PAGES),
            new Way("a fixed pool of 64 threads", "pool:64", 64, PAGES),
            new Way("virtual threads, at most 50 requests at a time", "virtual", PAGES, 50),
            new Way("virtual threads, no bound (200 at a time)", "virtual", PAGES, PAGES));

    private DownloadBenchmark() {}

    // tag::prediction[]
    /** Latency-bound work: rounds of {@code concurrency} requests, each round as long as one request. */
    static double predictedMillis(int pages, Duration latency, int concurrency) {
        return Math.ceil((double) pages / concurrency) * latency.toMillis();
    }
    // end::prediction[]

    public static void main(String[] args) throws Exception {
        var file = Path.of(args.length > 0 ? args[0] : "results/download-benchmark.adoc");
        var rows = measure(PAGES, LATENCY, ROUNDS, System.out);
        Files.writeString(file, table(rows, PAGES, LATENCY) + "\n" + Machine.measuredWith(COMMAND));
        System.out.println("Wrote " + file);
    }

    static List<Row> measure(int pages, Duration latency, int rounds, PrintStream log) throws Exception {
        var list = IntStream.rangeClosed(1, pages).boxed().toList();
        var rows = new ArrayList<Row>();
        try (var client = Downloader.newHttpClient(); // closed after the server, as in DownloadCatalogue
             var server = CatalogueServer.start(pages, CatalogueServer.Failures.NONE, CatalogueServer.Hold.latency(latency, Set.of(), latency))) {
            for (var way : WAYS) {
                // The sequential run alone takes pages x latency (10 s): once is enough, and the noise is small.
                int n = way.pool().equals("sequential") ? 1 : rounds;
                var times = new double[n];
                if (n > 1) runOnce(way, list, server, client); // warm-up (connections, JIT); the 10 s run needs none
                for (int r = 0; r < n; r++) times[r] = runOnce(way, list, server, client);
                Arrays.sort(times);
                var row = new Row(way, predictedMillis(pages, latency, way.concurrency()), times[n / 2], n);
                log.printf(Locale.ROOT, "%-50s predicted %7.0f ms, measured %7.1f ms%n", way.label(), row.predictedMillis(), row.measuredMillis());
                rows.add(row);
            }
        }
        return rows;
    }

    private static double runOnce(Way way, List<Integer> pages, CatalogueServer server, HttpClient client) throws Exception {
        var settings = new Downloader.Settings(Duration.ofSeconds(10), 1, Duration.ZERO, way.maxConcurrent());
        var downloader = new Downloader(client, server::page, settings, Sleeper.REAL);
        var progress = new Progress(pages.size(), Integer.MAX_VALUE, new PrintStream(PrintStream.nullOutputStream()));
        long start = System.nanoTime();
        List<Outcome> outcomes;
        if (way.pool().equals("sequential")) {
            outcomes = Downloads.oneByOne(pages, downloader::download, progress);
        } else {
            try (ExecutorService pool = way.pool().equals("virtual")
                    ? Executors.newVirtualThreadPerTaskExecutor() : Executors.newFixedThreadPool(way.poolThreads())) {
                outcomes = Downloads.onPool(pages, pool, downloader::download, progress);
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        long failed = outcomes.stream().filter(o -> o instanceof Outcome.Failed).count();
        if (outcomes.size() != pages.size() || failed > 0) {
            throw new IllegalStateException(way.label() + ": " + Report.summary(outcomes) + "; a benchmark needs every page");
        }
        return millis;
    }

    static String table(List<Row> rows, int pages, Duration latency) {
        double sequential = rows.getFirst().measuredMillis();
        var t = new StringBuilder();
        t.append("// Generated by DownloadBenchmark; do not edit. Re-run the command below to measure your machine.\n");
        t.append(String.format(Locale.ROOT, ".Downloading %d pages of %d ms each from the local server (median of %d rounds; one round one by one)%n",
                pages, latency.toMillis(), ROUNDS));
        t.append("[cols=\"4,1,1,1,1\",options=\"header\"]\n|===\n");
        t.append("|How the pages were downloaded |Requests at a time |Predicted (ms) |Measured (ms) |Speed-up\n");
        for (var r : rows) {
            t.append(String.format(Locale.ROOT, "|%s |%d |%.0f |%.0f |%.1f x%n", r.way().label(), r.way().concurrency(),
                    r.predictedMillis(), r.measuredMillis(), sequential / r.measuredMillis()));
        }
        return t.append("|===\n").toString();
    }
}
