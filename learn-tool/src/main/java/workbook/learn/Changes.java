package workbook.learn;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where watch mode learns that the learner saved something: file events from a {@link WatchService}, or,
 * where those do not work or are only polled slowly (the JDK's WatchService on macOS looks every 10 s), a
 * poller that compares every stub file's size and modification time every {@link #POLL_INTERVAL}.
 * The tool's tests report changes themselves, through their own implementation.
 */
public interface Changes extends AutoCloseable {

    Duration POLL_INTERVAL = Duration.ofMillis(150);

    /**
     * Starts reporting changed paths (a file, or the watched folder when some changes were lost) to
     * {@code changed}, from a thread of its own. A change made after this returns is always reported.
     */
    void start(Consumer<Path> changed);

    /** Stops reporting; never throws. */
    @Override
    void close();

    /** File events on {@code folder} and every folder under it, or polling when they do not work here (say why on {@code out}). */
    static Changes under(Path folder, boolean poll, PrintStream out) {
        if (poll) return new Polling(folder);
        try {
            var service = FileSystems.getDefault().newWatchService();
            if (service.getClass().getSimpleName().contains("Polling")) {
                service.close();
                out.println("(file events are polled slowly on this system; polling every " + POLL_INTERVAL.toMillis() + " ms instead)");
                return new Polling(folder);
            }
            return new FileEvents(folder, service);
        } catch (IOException | UnsupportedOperationException e) {
            out.println("(file events do not work here: " + e.getMessage() + "; polling every " + POLL_INTERVAL.toMillis() + " ms instead)");
            return new Polling(folder);
        }
    }

    /** Changes from the operating system's file events. */
    final class FileEvents implements Changes {
        private final Path folder;
        private final WatchService service;

        FileEvents(Path folder, WatchService service) {
            this.folder = folder;
            this.service = service;
        }

        @Override
        public void start(Consumer<Path> changed) {
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (var d : dirs.filter(Files::isDirectory).toList()) register(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            daemon("learn-file-events", () -> listen(changed));
        }

        private void register(Path dir) throws IOException {
            dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }

        private void listen(Consumer<Path> changed) {
            try {
                while (true) {
                    var key = service.take();
                    var dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        if (event.kind() == OVERFLOW) {
                            changed.accept(folder); // some events were lost: anything may have changed
                            continue;
                        }
                        var path = dir.resolve((Path) event.context());
                        if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) register(path);
                        changed.accept(path);
                    }
                    key.reset();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // stopping
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Changes found by comparing the .java files' sizes and modification times every {@link #POLL_INTERVAL}. */
    final class Polling implements Changes {
        private record Stamp(long size, FileTime modified) {}

        private final Path folder;
        private volatile boolean stopped;

        Polling(Path folder) {
            this.folder = folder;
        }

        @Override
        public void start(Consumer<Path> changed) {
            var before = snapshot(); // taken now, so a save made once start returns is never part of it
            daemon("learn-poll", () -> poll(before, changed));
        }

        private void poll(Map<Path, Stamp> before, Consumer<Path> changed) {
            var seen = before;
            try {
                while (!stopped) {
                    TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis()); // polling is the point here
                    var now = snapshot();
                    for (var e : now.entrySet()) {
                        if (!Objects.equals(seen.get(e.getKey()), e.getValue())) changed.accept(e.getKey());
                    }
                    for (var gone : seen.keySet()) {
                        if (!now.containsKey(gone)) changed.accept(gone);
                    }
                    seen = now;
                }
            } catch (InterruptedException e) {
                // stopping
            }
        }

        private Map<Path, Stamp> snapshot() {
            var result = new HashMap<Path, Stamp>();
            List<Path> files;
            try {
                files = Workbook.javaFiles(folder);
            } catch (UncheckedIOException e) {
                files = List.of(); // a folder vanished while we walked it; the next look sees the new state
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

        @Override
        public void close() {
            stopped = true;
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread.ofPlatform().name(name).daemon().start(body);
    }
}
