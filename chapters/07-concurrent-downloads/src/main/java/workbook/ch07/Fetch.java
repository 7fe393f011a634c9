package workbook.ch07;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * One plain request for one page, with none of the {@link Downloader}'s care: no retries, no bound. It answers
 * whatever status the server sent, and throws when no answer came (e.g. {@code HttpTimeoutException}).
 */
@FunctionalInterface
public interface Fetch {

    /** What the server answered. */
    record Reply(int status, String body) {}

    Reply fetch(int page) throws IOException, InterruptedException;

    /** A fetch over HTTP: a GET for {@code address.apply(page)} with the given timeout. */
    static Fetch http(HttpClient client, IntFunction<URI> address, Duration timeout) {
        return page -> {
            var request = HttpRequest.newBuilder(address.apply(page)).timeout(timeout).GET().build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        };
    }
}
