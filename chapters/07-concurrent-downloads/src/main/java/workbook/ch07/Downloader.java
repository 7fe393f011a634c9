package workbook.ch07;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Downloads one page at a time per calling thread, politely: each request has a timeout, a failed attempt
 * (5xx, timeout, broken connection) is retried after a growing pause, and at most {@code maxConcurrent}
 * requests of this downloader wait for an answer at once, however many threads call it. (A request that timed
 * out has given its permit back, but the server may still be working on it.)
 */
public final class Downloader {

    /**
     * @param timeout       how long one request may take until its status line and headers have arrived, connect
     *                      included (the body is read after that, outside this limit, in JDK 25)
     * @param maxAttempts   attempts per page, the first one included (1 = no retries)
     * @param firstBackoff  the pause before the second attempt; it doubles before each later one
     * @param maxConcurrent requests allowed to wait for an answer at the same time
     */
    public record Settings(Duration timeout, int maxAttempts, Duration firstBackoff, int maxConcurrent) {
        public Settings {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
            if (firstBackoff.isNegative()) throw new IllegalArgumentException("firstBackoff must not be negative, got " + firstBackoff);
            if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
        }
    }

    private final HttpClient client;
    private final IntFunction<URI> address;
    private final Settings settings;
    private final Sleeper sleeper;
    private final Semaphore permits;

    public Downloader(HttpClient client, IntFunction<URI> address, Settings settings, Sleeper sleeper) {
        this.client = client;
        this.address = address;
        this.settings = settings;
        this.sleeper = sleeper;
        this.permits = new Semaphore(settings.maxConcurrent(), true);
    }

    // tag::download[]
    /** Always returns an outcome for the page; throws only when the calling thread is interrupted. */
    public Outcome download(int page) throws InterruptedException {
        var request = HttpRequest.newBuilder(address.apply(page))
                .timeout(settings.timeout()) // <1>
                .GET().build();
        Outcome.Failed failed = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) sleeper.sleep(backoff(attempt)); // <2>
            HttpResponse<String> response;
            try {
                response = sendWithPermit(request);
            } catch (HttpConnectTimeoutException e) { // <3>
                failed = new Outcome.Failed(page, 0,
                        "could not connect within " + connectLimit().toMillis() + " ms", attempt);
                continue;
            } catch (HttpTimeoutException e) {
                failed = new Outcome.Failed(page, 0,
                        "timed out after " + settings.timeout().toMillis() + " ms", attempt);
                continue;
            } catch (IOException e) {
                failed = new Outcome.Failed(page, 0,
                        e.getClass().getSimpleName() + ": " + e.getMessage(), attempt);
                continue;
            }
            if (response.statusCode() == 200) return parsed(page, response.body(), attempt);
            failed = new Outcome.Failed(page, response.statusCode(), "HTTP " + response.statusCode(), attempt);
            if (response.statusCode() < 500) return failed; // <4>
        }
        return failed; // <5>
    }

    /** A 200 whose body is not a catalogue page is a failure with status 200; asking again changes nothing. */
    private static Outcome parsed(int page, String body, int attempt) {
        try {
            return new Outcome.Downloaded(page, Item.parse(body), attempt);
        } catch (IllegalArgumentException e) {
            return new Outcome.Failed(page, 200, e.getMessage(), attempt);
        }
    }

    private HttpResponse<String> sendWithPermit(HttpRequest request) throws IOException, InterruptedException {
        permits.acquire(); // <6>
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            permits.release();
        }
    }
    // end::download[]

    // tag::client[]
    /** The client the examples and tests use to talk to the local catalogue. Close it when done. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // <1>
                .connectTimeout(Duration.ofSeconds(10)) // <2>
                .build();
    }
    // end::client[]

    /** The first limit a connect runs into: the request's timeout, or the client's connect timeout if shorter. */
    private Duration connectLimit() {
        return client.connectTimeout().filter(c -> c.compareTo(settings.timeout()) < 0).orElse(settings.timeout());
    }

    /** The pause before attempt {@code attempt} (2, 3, ...): firstBackoff, then twice that, and so on. */
    Duration backoff(int attempt) {
        return settings.firstBackoff().multipliedBy(1L << Math.min(attempt - 2, 20));
    }
}
