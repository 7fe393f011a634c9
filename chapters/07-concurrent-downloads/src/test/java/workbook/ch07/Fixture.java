package workbook.ch07;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server and a client for one test, both closed by the test; and a sleeper that records instead of sleeping. */
final class Fixture implements AutoCloseable {

    final CatalogueServer server;
    final HttpClient client;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();

    /** The server first: if it cannot start, no client has been made that would need closing. */
    Fixture(int pages, CatalogueServer.Failures failures, CatalogueServer.Hold hold) throws InterruptedException {
        server = CatalogueServer.start(pages, failures, hold);
        try {
            client = Downloader.newHttpClient();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** Answers every page at once. */
    static CatalogueServer.Hold noDelay() {
        return (page, visit) -> { };
    }

    Downloader downloader(Duration timeout, int maxAttempts, int maxConcurrent) {
        return new Downloader(client, server::page, new Downloader.Settings(timeout, maxAttempts, Duration.ofMillis(100), maxConcurrent),
                pauses::add);
    }

    Downloader downloader() {
        return downloader(Duration.ofSeconds(20), 3, 8);
    }

    /** The server first: it interrupts any request still held, so the client has nothing left to wait for. */
    @Override
    public void close() throws InterruptedException {
        server.close();
        client.close();
    }
}
