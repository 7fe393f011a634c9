package workbook.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through its DevTools protocol (a WebSocket, JSON messages), with nothing but the JDK:
 * open a page from file://, run a script in it, see every request it made. Enough for the book's browser checks.
 * The browser runs with a fresh profile and no way to reach a host name, so a page that needs the network shows it.
 */
final class Browser implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long WAIT_SECONDS = 30;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();

    /** The Chromium to use: $CHROMIUM, or the first of chromium, chromium-browser, google-chrome on the PATH. */
    static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured));
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Browser start(Path chromium, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("book-browser");
        var command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Chromium says on stderr where its DevTools endpoint listens; the rest of stderr is drained and dropped.
            var stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            var seen = new ArrayList<String>();
            for (String line; endpoint == null && (line = stderr.readLine()) != null; ) {
                var m = LISTENING.matcher(line);
                if (m.find()) endpoint = m.group(1);
                else if (seen.size() < 20) seen.add(line);
            }
            if (endpoint == null) {
                throw new IOException(chromium + " ended without opening its DevTools endpoint:\n" + String.join("\n", seen));
            }
            Thread.ofPlatform().daemon().name("chromium-stderr").start(() -> stderr.lines().forEach(l -> { }));
            return new Browser(process, profile, URI.create(endpoint));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private Browser(Process process, Path profile, URI endpoint) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(endpoint, new Listener()).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** A new tab showing the file, once its load event has fired. */
    Tab open(Path file) {
        var target = call(null, "Target.createTarget", "{\"url\":\"about:blank\"}");
        var attached = call(null, "Target.attachToTarget",
                "{\"targetId\":" + Json.string((String) target.get("targetId")) + ",\"flatten\":true}");
        var tab = new Tab((String) attached.get("sessionId"));
        tabs.put(tab.session, tab);
        tab.call("Network.enable", "{}");
        tab.call("Page.enable", "{}");
        tab.navigate(file.toUri().toString());
        return tab;
    }

    /** One page in the browser. */
    final class Tab {
        private final String session;
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

        private Tab(String session) {
            this.session = session;
        }

        void navigate(String url) {
            loaded = new CompletableFuture<>();
            call("Page.navigate", "{\"url\":" + Json.string(url) + "}");
            loaded.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
        }

        /** Every URL the page asked for since it was opened. */
        List<String> requests() {
            return List.copyOf(requests);
        }

        /**
         * The value of a JavaScript expression in the page (a promise is waited for): a String, Double, Boolean,
         * List, Map or null. A script error fails with the browser's description of it.
         */
        Object eval(String expression) {
            var result = call("Runtime.evaluate", "{\"expression\":" + Json.string(expression)
                    + ",\"awaitPromise\":true,\"returnByValue\":true}");
            if (result.get("exceptionDetails") instanceof Map<?, ?> details) {
                Object description = details.get("exception") instanceof Map<?, ?> ex ? ex.get("description") : details.get("text");
                throw new AssertionError("The page's script failed: " + description + "\n  in: " + expression);
            }
            return ((Map<?, ?>) result.get("result")).get("value");
        }

        private Map<String, Object> call(String method, String params) {
            return Browser.this.call(session, method, params);
        }

        private void event(String method, Map<?, ?> params) {
            switch (method) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Network.requestWillBeSent" -> requests.add((String) ((Map<?, ?>) params.get("request")).get("url"));
                default -> { }
            }
        }
    }

    private Map<String, Object> call(String session, String method, String params) {
        int id = ids.incrementAndGet();
        var reply = new CompletableFuture<Map<String, Object>>();
        pending.put(id, reply);
        String message = "{\"id\":" + id + ",\"method\":" + Json.string(method) + ",\"params\":" + params
                + (session == null ? "" : ",\"sessionId\":" + Json.string(session)) + "}";
        synchronized (socket) {
            socket.sendText(message, true).join();
        }
        Map<String, Object> answer = reply.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
        if (answer.get("error") instanceof Map<?, ?> error) {
            throw new IllegalStateException(method + " failed: " + error.get("message"));
        }
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>) answer.getOrDefault("result", Map.of());
        return result;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                @SuppressWarnings("unchecked")
                var message = (Map<String, Object>) Json.parse(partial.toString());
                partial.setLength(0);
                if (message.get("id") instanceof Double id) {
                    var reply = pending.remove(id.intValue());
                    if (reply != null) reply.complete(message);
                } else if (message.get("sessionId") instanceof String session && tabs.get(session) != null) {
                    tabs.get(session).event((String) message.get("method"), (Map<?, ?>) message.getOrDefault("params", Map.of()));
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
