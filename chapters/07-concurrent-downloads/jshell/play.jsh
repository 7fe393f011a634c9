// Chapter 07 playground:  ./mvnw -q -pl chapters/07-concurrent-downloads exec:exec@jshell
// Starts a local catalogue (40 pages, 50 ms each) and downloads it one by one, on pools, and on virtual threads.
// Edit the numbers and run it again; or run `jshell --class-path chapters/07-concurrent-downloads/target/classes` to type along.

import java.time.Duration;
import java.util.concurrent.*;
import workbook.ch07.*;

var pages = java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList();
var quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
var server = CatalogueServer.start(40, CatalogueServer.Failures.NONE, CatalogueServer.Hold.latency(Duration.ofMillis(50), java.util.Set.of(), Duration.ZERO));
var client = Downloader.newHttpClient();
var settings = new Downloader.Settings(Duration.ofSeconds(10), 1, Duration.ZERO, 40);

// Runs one way of downloading and says how many rounds of 50 ms it took (the prediction: 40 / threads).
void time(String how, Callable<java.util.List<Outcome>> run) throws Exception {
    long start = System.nanoTime();
    var outcomes = run.call();
    long rounds = Math.round((System.nanoTime() - start) / 1e6 / 50);
    System.out.printf("%-16s %s, took about %d x 50 ms%n", how + ":", Report.summary(outcomes), rounds);
}

var downloader = new Downloader(client, server::page, settings, Sleeper.REAL);
// A first round, untimed: opens the connections and warms up the code, which would otherwise count as waiting.
try (var pool = Executors.newVirtualThreadPerTaskExecutor()) { Downloads.onPool(pages, pool, downloader::download, new Progress(40, 100, quiet)); }
time("one by one", () -> Downloads.oneByOne(pages, downloader::download, new Progress(40, 100, quiet)));
for (int size : new int[] {4, 10}) {
    time("pool of " + size, () -> { try (var pool = Executors.newFixedThreadPool(size)) { return Downloads.onPool(pages, pool, downloader::download, new Progress(40, 100, quiet)); } });
}
time("virtual threads", () -> { try (var pool = Executors.newVirtualThreadPerTaskExecutor()) { return Downloads.onPool(pages, pool, downloader::download, new Progress(40, 100, quiet)); } });

System.out.println("Ran on " + workbook.bench.Machine.description());
server.close(); // the server first: it ends any request still held, so closing the client has nothing to wait for
client.close();
/exit
