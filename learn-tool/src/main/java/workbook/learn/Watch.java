package workbook.learn;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import workbook.learn.Catalog.Exercise;

/**
 * Watch mode: re-checks the current exercise each time one of its files is saved, in this same JVM, and
 * moves on to the next exercise that is not done when it passes.
 *
 * <p>File events come from a {@link WatchService} on the stubs folder. Where that does not work, or only
 * polls slowly (the JDK's WatchService on macOS looks every 10 s), a poller compares every stub file's size
 * and modification time every {@link #POLL_INTERVAL} instead. Editors save in bursts (write, rename, touch),
 * so a check starts once no event has come for {@link #QUIET}, and only if the exercise's sources differ
 * from the ones last checked.
 */
public final class Watch implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(60);
    static final Duration POLL_INTERVAL = Duration.ofMillis(150);

    /** What wakes the watcher up. */
    private sealed interface Event {
        record Saved(Path file) implements Event {}
        record Command(String line) implements Event {}
        record Stop() implements Event {}
    }

    private final Workbook workbook;
    private final Checker checker;
    private final Progress progress;
    private final PrintStream out;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final boolean polling;
    private final WatchService service;
    private volatile boolean stopped;

    /**
     * @param poll true to poll even where file events work
     */
    public Watch(Workbook workbook, Checker checker, Progress progress, PrintStream out, boolean poll) {
        this.workbook = workbook;
        this.checker = checker;
        this.progress = progress;
        this.out = out;
        this.service = poll ? null : openWatchService(workbook.stubs(), out);
        this.polling = service == null;
    }

    public boolean polling() {
        return polling;
    }

    private static WatchService openWatchService(Path stubs, PrintStream out) {
        WatchService ws = null;
        try {
            ws = FileSystems.getDefault().newWatchService();
            if (ws.getClass().getSimpleName().contains("Polling")) {
                ws.close();
                out.println("(file events are polled slowly on this system; polling every " + POLL_INTERVAL.toMillis() + " ms instead)");
                return null;
            }
            try (Stream<Path> dirs = Files.walk(stubs)) {
                for (var d : dirs.filter(Files::isDirectory).toList()) d.register(ws, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
            return ws;
        } catch (IOException | UnsupportedOperationException e) {
            out.println("(file events do not work here: " + e.getMessage() + "; polling every " + POLL_INTERVAL.toMillis() + " ms instead)");
            if (ws != null) {
                try {
                    ws.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
            return null;
        }
    }

    /** Reads the learner's one-letter commands (h, l, q, Enter) from {@code in}; EOF just stops reading. */
    public Watch readCommandsFrom(InputStream in) {
        daemon("learn-keys", () -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) events.add(new Event.Command(line.strip()));
            } catch (IOException e) {
                // no keyboard: saving files still works
            }
        });
        return this;
    }

    /** Ends {@link #run} soon, from any thread. */
    @Override
    public void close() {
        stopped = true;
        events.add(new Event.Stop());
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * Watches, starting with {@code first} (or the first exercise not done), until {@link #close()}, "q",
     * or every exercise is done. Returns true when every exercise is done.
     */
    public boolean run(Exercise first) throws InterruptedException {
        if (polling) {
            var before = snapshot(); // taken now, so a save made once this returns is never part of it
            daemon("learn-poll", () -> poll(before));
        } else daemon("learn-watch", this::listen);
        var current = first != null ? first : progress.nextNotDone(null).orElse(null);
        while (!stopped) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (current == null) {
                out.println("Every exercise is done. Well done!");
                return true;
            }
            out.println();
            out.println("== Exercise " + workbook.number(current) + " of " + workbook.exercises().size() + ": " + current.name()
                    + "   (chapter " + current.chapter() + ")");
            out.println("   edit " + workbook.relative(workbook.stubDir(current)) + "/");
            String checked = progress.digest(current);
            var verdict = checkAndShow(current);
            while (!stopped && !verdict.passed()) {
                out.println("-- watching: save to re-check; h = hint, l = list, Enter = re-check, q = quit --");
                var event = events.take();
                switch (event) {
                    case Event.Stop s -> {
                        return false;
                    }
                    case Event.Command c -> {
                        switch (c.line()) {
                            case "q", "quit", "exit" -> {
                                return false;
                            }
                            case "h", "hint" -> out.println(Verdict.indent(current.hint(), "  "));
                            case "l", "list" -> progress.printList(out);
                            default -> {
                                checked = progress.digest(current);
                                verdict = checkAndShow(current);
                            }
                        }
                    }
                    case Event.Saved saved -> {
                        if (!saved.file().startsWith(workbook.stubDir(current)) && !saved.file().equals(workbook.stubs())) continue;
                        settle();
                        var now = progress.digest(current);
                        if (now.equals(checked)) continue; // touched, not changed
                        checked = now;
                        verdict = checkAndShow(current);
                    }
                }
            }
            if (stopped) return false;
            var next = progress.nextNotDone(current).orElse(null);
            if (next != null) out.println("Next up: " + next.name());
            current = next;
        }
        return false;
    }

    private Verdict checkAndShow(Exercise ex) {
        var verdict = progress.record(checker.check(ex));
        verdict.print(out, false);
        return verdict;
    }

    /** Waits until the editor has finished saving: no event for {@link #QUIET}. Commands are kept for later. */
    private void settle() throws InterruptedException {
        Event e;
        while ((e = events.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            if (!(e instanceof Event.Saved)) {
                events.add(e);
                return;
            }
        }
    }

    private void listen() {
        try {
            while (!stopped) {
                var key = service.take();
                var dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        events.add(new Event.Saved(workbook.stubs()));
                        continue;
                    }
                    var path = dir.resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                        path.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                    }
                    events.add(new Event.Saved(path));
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void poll(Map<Path, Stamp> before) {
        var seen = before;
        try {
            while (!stopped) {
                TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
                var now = snapshot();
                for (var e : now.entrySet()) {
                    if (!Objects.equals(seen.get(e.getKey()), e.getValue())) events.add(new Event.Saved(e.getKey()));
                }
                for (var gone : seen.keySet()) {
                    if (!now.containsKey(gone)) events.add(new Event.Saved(gone));
                }
                seen = now;
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    private record Stamp(long size, FileTime modified) {}

    private Map<Path, Stamp> snapshot() {
        var result = new HashMap<Path, Stamp>();
        List<Path> files;
        try {
            files = Workbook.javaFiles(workbook.stubs());
        } catch (UncheckedIOException e) {
            files = List.of(); // a folder vanished while we walked it; the next look will see the new state
        }
        for (var f : files) {
            try {
                result.put(f, new Stamp(Files.size(f), Files.getLastModifiedTime(f)));
            } catch (IOException e) {
                // deleted while we looked: absent
            }
        }
        return result;
    }

    private static void daemon(String name, Runnable body) {
        Thread.ofPlatform().name(name).daemon().start(body);
    }
}
