package workbook.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import workbook.learn.Catalog.Exercise;

/**
 * Watch mode: re-checks the current exercise each time one of its files is saved (in a child JVM kept
 * warm by the {@link Checker}), and moves on to the next exercise that is not done when it passes.
 *
 * <p>Saves are reported by a {@link Changes} source (file events, or polling where those do not work).
 * Editors save in bursts (write, rename, touch), so a check starts once no event has come for {@link #QUIET},
 * and only if the exercise's sources differ from the ones last checked.
 */
public final class Watch implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(60);
    /** Clears a terminal and puts the cursor at its top left (ANSI). */
    static final String CLEAR = "\033[H\033[2J";

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
    private final Changes changes;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile boolean stopped;
    private boolean verbose;
    private boolean screen;
    private boolean singleKeys;

    /** Watches with file events, or by polling when {@code poll} is true or file events do not work here. */
    public Watch(Workbook workbook, Checker checker, Progress progress, PrintStream out, boolean poll) {
        this(workbook, checker, progress, out, Changes.under(workbook.stubs(), poll, out));
    }

    /** Watches with the given source of changes (closed with this watch). */
    public Watch(Workbook workbook, Checker checker, Progress progress, PrintStream out, Changes changes) {
        this.workbook = workbook;
        this.checker = checker;
        this.progress = progress;
        this.out = out;
        this.changes = changes;
    }

    /** Shows stack traces and what the learner's code printed with each verdict. */
    public Watch verbose(boolean verbose) {
        this.verbose = verbose;
        return this;
    }

    /**
     * On a terminal: the screen is cleared before each exercise and each re-check, and (when ./learn has
     * put the terminal in non-canonical mode) every key is a command, without Enter.
     */
    public Watch screen(boolean screen, boolean singleKeys) {
        this.screen = screen;
        this.singleKeys = singleKeys;
        return this;
    }

    /** "Progress: [#####.........] 5/15 done". */
    String progressBar() {
        var all = workbook.exercises();
        long done = all.stream().filter(ex -> progress.status(ex) == Verdict.Status.DONE).count();
        int width = 20, filled = (int) (width * done / Math.max(1, all.size()));
        return "Progress: [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + all.size() + " done";
    }

    /** Reads the learner's one-letter commands (h, l, q, Enter) from {@code in}; EOF just stops reading. */
    public Watch readCommandsFrom(InputStream in) {
        daemon("learn-keys", () -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = singleKeys ? key(reader) : reader.readLine()) != null; ) {
                    var command = line.strip();
                    if (List.of("q", "quit", "exit").contains(command)) {
                        stopped = true;
                        checker.cancel(); // a check running now ends at once
                    }
                    events.add(new Event.Command(command));
                }
            } catch (IOException e) {
                // no keyboard: saving files still works
            }
        });
        return this;
    }

    /** One key as a command ("" for Enter), or null at the end of the input. */
    private static String key(BufferedReader reader) throws IOException {
        int c = reader.read();
        return c < 0 ? null : c == '\n' || c == '\r' ? "" : String.valueOf((char) c);
    }

    /** Ends {@link #run} soon, from any thread. */
    @Override
    public void close() {
        stopped = true;
        events.add(new Event.Stop());
        changes.close();
    }

    /**
     * Watches, starting with {@code first} (or the first exercise not done), until {@link #close()}, "q",
     * or every exercise is done. Returns true when every exercise is done.
     */
    public boolean run(Exercise first) throws InterruptedException {
        changes.start(file -> events.add(new Event.Saved(file)));
        var current = first != null ? first : progress.nextNotDone(null).orElse(null);
        while (!stopped) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (current == null) {
                out.println("Every exercise is done. Well done!");
                return true;
            }
            if (screen) out.print(CLEAR);
            out.println();
            out.println("== Exercise " + workbook.number(current) + " of " + workbook.exercises().size() + ": " + current.name()
                    + "   (chapter " + current.chapter() + ")");
            out.println("   edit " + workbook.relative(workbook.stubDir(current)) + "/");
            out.println("   " + progressBar());
            String checked = progress.digest(current);
            var verdict = checkAndShow(current);
            Exercise skipTo = null;
            while (!stopped && !verdict.passed() && skipTo == null) {
                out.println("-- watching: save to re-check; h = hint, l = list, r = re-check, n = next exercise, q = quit --");
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
                            case "n", "next" -> skipTo = workbook.exercises().get(workbook.number(current) % workbook.exercises().size());
                            case "", "r", "check" -> {
                                if (screen) out.print(CLEAR);
                                checked = progress.digest(current);
                                verdict = checkAndShow(current);
                            }
                            default -> out.println("Unknown key '" + c.line() + "': h = hint, l = list, r (or Enter) = re-check, n = next exercise, q = quit");
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
            if (skipTo != null) {
                current = skipTo;
                continue;
            }
            if (stopped) return false;
            var next = progress.nextNotDone(current).orElse(null);
            if (next != null) out.println("Next up: " + next.name());
            current = next;
        }
        return false;
    }

    private Verdict checkAndShow(Exercise ex) {
        out.println("checking " + ex.name() + " ...");
        out.flush();
        var verdict = progress.check(ex);
        if (stopped) return verdict; // cancelled by q: not a verdict on the learner's code
        progress.record(verdict).print(out, verbose);
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

    private static void daemon(String name, Runnable body) {
        Thread.ofPlatform().name(name).daemon().start(body);
    }
}
