package workbook.ch07;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small catalogue served over HTTP on the loopback interface only, so the chapter runs without internet and
 * nothing outside this machine can reach it. {@code GET /page/N} answers with {@link Item#onPage(int)} for
 * N in 1..pages, 404 beyond. Some pages can be made to fail: always (500), on their first request only (500,
 * then 200), or slowly. Every response first passes the {@link Hold}: a fixed latency in the examples,
 * a gate the test owns in the tests.
 */
public final class CatalogueServer implements AutoCloseable {

    /** Decides when the response to one request may go out. Runs on the request's own handler thread. */
    @FunctionalInterface
    public interface Hold {
        /** @param visit 1 for the first request for this page, 2 for the second, ... */
        void before(int page, int visit) throws InterruptedException;

        /** Every page after {@code latency}; the {@code slow} pages after {@code slowLatency}. */
        static Hold latency(Duration latency, Set<Integer> slow, Duration slowLatency) {
            return (page, visit) -> Thread.sleep(slow.contains(page) ? slowLatency : latency);
        }
    }

    /** Which pages misbehave. */
    public record Failures(Set<Integer> alwaysFailing, Set<Integer> failingOnce) {
        public static final Failures NONE = new Failures(Set.of(), Set.of());
    }

    private final HttpServer http;
    private final ExecutorService handlers;
    private final int pages;
    private final Failures failures;
    private final Hold hold;
    private final Map<Integer, AtomicInteger> visits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    private CatalogueServer(int pages, Failures failures, Hold hold) throws IOException {
        if (pages < 1) throw new IllegalArgumentException("a catalogue needs at least one page, got " + pages);
        this.pages = pages;
        this.failures = failures;
        this.hold = hold;
        // tag::server[]
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0); // <1>
        handlers = Executors.newVirtualThreadPerTaskExecutor(); // <2>
        try {
            http.setExecutor(handlers);
            http.createContext("/page/", this::answer);
            http.start();
        } catch (RuntimeException e) { // <3>
            http.stop(0);
            handlers.close();
            throw e;
        }
        // end::server[]
    }

    /**
     * Starts a server on the loopback address ({@link InetAddress#getLoopbackAddress()}: 127.0.0.1, or ::1 when
     * IPv6 addresses are preferred) and a free port the system picks (port 0). Close it to stop it.
     */
    public static CatalogueServer start(int pages, Failures failures, Hold hold) {
        try {
            return new CatalogueServer(pages, failures, hold);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the catalogue server on the loopback interface", e);
        }
    }

    /** The address of page {@code page}. */
    public URI page(int page) {
        return address(http.getAddress(), page);
    }

    /**
     * The address of page {@code page} on a server bound to {@code bound}. The URI constructor that takes the
     * parts puts an IPv6 host in brackets ({@code http://[0:0:0:0:0:0:0:1]:8080/page/1}), which joining strings
     * would not.
     */
    static URI address(InetSocketAddress bound, int page) {
        try {
            return new URI("http", null, bound.getAddress().getHostAddress(), bound.getPort(), "/page/" + page, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for page " + page + " on " + bound, e);
        }
    }

    public int pages() {
        return pages;
    }

    /** How many requests for {@code page} have arrived so far. */
    public int visits(int page) {
        var v = visits.get(page);
        return v == null ? 0 : v.get();
    }

    /** Requests held right now (arrived, response not yet on its way). */
    public int inFlight() {
        return inFlight.get();
    }

    /** The most requests that were ever being answered at the same time. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            int page = pageNumber(exchange.getRequestURI().getPath());
            int visit = visits.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
            try {
                hold.before(page, visit);
            } finally {
                // Counted out before the response leaves, so a client that sends its next request as soon as it has
                // this response can never be counted together with this one.
                inFlight.decrementAndGet();
            }
            if (page < 1 || page > pages) {
                send(exchange, 404, "no such page: " + page + "\n");
            } else if (failures.alwaysFailing().contains(page) || (visit == 1 && failures.failingOnce().contains(page))) {
                send(exchange, 500, "the catalogue could not show page " + page + "\n");
            } else {
                send(exchange, 200, Item.onPage(page).body());
            }
        } catch (InterruptedException stopping) {
            // close() interrupts the handlers it stops; the exchange is closed without a response.
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client stopped waiting (e.g. its timeout) and closed the connection: nobody to answer.
        }
    }

    private static int pageNumber(String path) {
        try {
            return Integer.parseInt(path.substring("/page/".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /**
     * Stops accepting connections, interrupts every request still held (a slow page, a gate never opened) and
     * waits until every handler thread has ended. Nothing of the server is left running afterwards.
     */
    @Override
    public void close() throws InterruptedException {
        http.stop(0);
        handlers.shutdownNow();
        if (!handlers.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a request handler ignored the interrupt and is still running");
        }
    }
}
