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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        record KeyboardGone() implements Event {}
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
    /** True while commands are read from a keyboard (or a pipe that has not ended). */
    private volatile boolean keyboard;

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

    /**
     * Reads the learner's commands from {@code in}: single keys (h, l, n, r, q; Enter re-checks) when ./learn has
     * put the terminal in non-canonical mode, whole lines otherwise; digits then Enter go to that exercise.
     * "q" stops a running check at once (its child JVM is killed); other keys are answered when it ends.
     * At the end of the input (no keyboard: a script, CI) watch goes on by itself after each pass.
     */
    public Watch readCommandsFrom(InputStream in) {
        keyboard = true;
        daemon("learn-keys", () -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (singleKeys) readKeys(reader);
                else for (String line; (line = reader.readLine()) != null; ) command(line.strip());
            } catch (IOException e) {
                // no keyboard: saving files still works
            }
            keyboard = false;
            events.add(new Event.KeyboardGone());
        });
        return this;
    }

    /** One key at a time: letters are commands at once, digits gather into a number that Enter goes to. */
    private void readKeys(BufferedReader reader) throws IOException {
        var number = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c >= '0' && c <= '9') {
                number.append((char) c);
            } else if ((c == 127 || c == '\b') && !number.isEmpty()) {
                number.setLength(number.length() - 1);
            } else if (c == '\n' || c == '\r') {
                if (!number.isEmpty()) out.println();
                command(number.toString());
                number.setLength(0);
                continue;
            } else {
                if (!number.isEmpty()) out.println(); // any other key drops the number typed so far
                number.setLength(0);
                if (c == 27) {
                    // Esc alone, or the start of an arrow's or a function key's sequence (Esc [ A, Esc O P): one answer
                    command(ESCAPE);
                    c = reader.read();
                    if (c != '[' && c != 'O') {
                        if (c >= 0 && c != 27) command(String.valueOf((char) c));
                        if (c < 0) return;
                        continue;
                    }
                    do c = reader.read(); while (c >= 0 && (c < 0x40 || c > 0x7e || c == '['));
                    if (c < 0) return;
                } else {
                    command(c < ' ' || c == 127 ? ESCAPE : String.valueOf((char) c));
                }
                continue;
            }
            // the number typed so far, on one line the keys redraw (the terminal does not echo them)
            out.print("\r\033[K" + GOTO_PROMPT + number + "   (Enter goes there)");
            out.flush();
        }
    }

    private static final String GOTO_PROMPT = "go to exercise: ";
    /** What Esc, arrows and control keys are taken for: they do nothing but are answered once. */
    private static final String ESCAPE = "\033";

    private void command(String command) {
        if (QUIT.contains(command)) {
            stopped = true;
            checker.cancel(); // a check running now ends at once
            var check = checking;
            if (check != null && check.complete(null)) quitDuringCheck = true; // and watch does not wait for it
        }
        events.add(new Event.Command(command));
    }

    private static final List<String> QUIT = List.of("q", "quit", "exit");

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
     *
     * <p>After a pass, with a keyboard, watch stays on the exercise ("done: press n for the next one"), so the
     * learner can go on trying things; without one it goes on to the next exercise not done.
     */
    public boolean run(Exercise first) throws InterruptedException {
        changes.start(file -> events.add(new Event.Saved(file)));
        var current = first != null ? first : progress.nextNotDone(null).orElse(null);
        Exercise shown = null;
        while (!stopped) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (current == null) return everyExerciseDone();
            String checked = progress.digest(current);
            var verdict = checkAndShow(current, current != shown);
            shown = current;
            Exercise moveTo = null;
            while (!stopped && moveTo == null) {
                if (verdict != null && verdict.passed()) {
                    var next = progress.nextNotDone(current).orElse(null);
                    if (next == null) return everyExerciseDone();
                    if (!keyboard) {
                        out.println("Next up: " + next.name());
                        moveTo = next;
                        break;
                    }
                }
                prompt(current);
                var event = events.take();
                switch (event) {
                    case Event.Stop s -> {
                        return false;
                    }
                    case Event.KeyboardGone g -> {
                        // a pass now moves on by itself
                    }
                    case Event.Command c -> {
                        if (c.line().matches("\\d+")) {
                            int n = Integer.parseInt(c.line());
                            if (n >= 1 && n <= workbook.exercises().size()) moveTo = workbook.exercises().get(n - 1);
                            else out.println("There is no exercise " + n + ": they are numbered 1 to " + workbook.exercises().size() + ".");
                            continue;
                        }
                        switch (c.line()) {
                            case "q", "quit", "exit" -> {
                                return false;
                            }
                            case "h", "hint" -> BookLinks.of(workbook).printHint(current, out);
                            case "l", "list" -> {
                                progress.printList(out);
                                out.println("Type an exercise's number and Enter to go to it.");
                            }
                            case "n", "next" -> {
                                var next = progress.nextNotDone(current).orElse(current);
                                if (!next.equals(current)) moveTo = next;
                                else out.println(current.name() + " is the only exercise not done yet.");
                            }
                            case "", "r", "check" -> {
                                checked = progress.digest(current);
                                verdict = checkAndShow(current, false);
                            }
                            default -> out.println("Unknown key " + describe(c.line()) + ": " + KEYS);
                        }
                    }
                    case Event.Saved saved -> {
                        if (!saved.file().startsWith(workbook.stubDir(current)) && !saved.file().equals(workbook.stubs())) continue;
                        settle();
                        var now = progress.digest(current);
                        if (now.equals(checked)) continue; // touched, not changed
                        checked = now;
                        verdict = checkAndShow(current, false);
                    }
                }
            }
            current = moveTo;
        }
        return false;
    }

    static final String KEYS = "h hint, l list, r or Enter re-check, n next, a number then Enter: go to it, q quit";

    private static String describe(String key) {
        return key.equals(ESCAPE) ? "(Esc, an arrow or a control key)" : "'" + key + "'";
    }

    private boolean everyExerciseDone() {
        out.println("Every exercise is done. Well done!");
        return true;
    }

    /** What watch waits for now. */
    private void prompt(Exercise current) {
        out.println("-- watching " + editing(current) + ": save to re-check --");
        out.println("   keys: " + KEYS);
        out.flush();
    }

    /** The file the learner edits (its folder when the exercise has several). */
    private String editing(Exercise ex) {
        var files = workbook.stubFiles(ex);
        return files.size() == 1 ? workbook.relative(files.getFirst()) : workbook.relative(workbook.stubDir(ex)) + "/";
    }

    /**
     * Shows "checking ..." at once, then the verdict. On a terminal the screen is cleared first and the
     * exercise's heading redrawn; in plain output the heading comes only when the exercise changes.
     * Returns null when the check was stopped by q.
     */
    private Verdict checkAndShow(Exercise ex, boolean newExercise) {
        if (screen) out.print(CLEAR);
        if (screen || newExercise) {
            if (!screen) out.println();
            out.println("== Exercise " + workbook.number(ex) + " of " + workbook.exercises().size() + ": " + ex.name()
                    + "   (chapter " + ex.chapter() + ")");
            out.println("   edit " + editing(ex));
        }
        out.println("checking " + ex.name() + " …" + (keyboard ? "   (q stops it and quits)" : ""));
        out.flush();
        var verdict = checkUnlessQuit(ex);
        if (verdict == null || stopped) return null; // cancelled by q: not a verdict on the learner's code
        progress.record(verdict);
        BookLinks.of(workbook).print(verdict, out, verbose);
        out.println(progressBar());
        if (verdict.passed() && keyboard) {
            progress.nextNotDone(ex).ifPresent(next -> out.println(
                    "done: press n for the next one (" + next.name() + "), or keep experimenting: every save re-checks " + ex.name() + "."));
        }
        return verdict;
    }

    /**
     * Checks on a thread of its own, so that q ends watch at once even while the check waits for its JVM to
     * start (which the checker's cancel cannot cut short); null when q came first.
     */
    private Verdict checkUnlessQuit(Exercise ex) {
        var check = new CompletableFuture<Verdict>();
        checking = check;
        if (stopped) return null;
        var ended = new CompletableFuture<Void>();
        checkEnded = ended;
        daemon("learn-check", () -> {
            try {
                check.complete(progress.check(ex));
            } catch (Throwable t) {
                check.completeExceptionally(t);
            } finally {
                ended.complete(null);
            }
        });
        try {
            return check.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        } finally {
            checking = null;
        }
    }

    private volatile CompletableFuture<Verdict> checking;
    private volatile CompletableFuture<Void> checkEnded = CompletableFuture.completedFuture(null);

    /** Completes when the last check started has ended, even one q no longer waits for (its child JVM is gone then). */
    CompletableFuture<Void> checkEnded() {
        return checkEnded;
    }

    private volatile boolean quitDuringCheck;

    /** True when q ended watch during a check, which may still be ending (its checker busy a little longer). */
    public boolean quitDuringCheck() {
        return quitDuringCheck;
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
