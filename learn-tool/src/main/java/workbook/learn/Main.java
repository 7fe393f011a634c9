package workbook.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learner's commands, as run by ./learn (or learn.cmd):
 * list, check, hint, reset, watch, help. The workbook's top folder is the system property
 * {@code workbook.root} (set by the script), else the current folder.
 */
public final class Main {

    static final String USAGE = """
            The learner's loop (exercises and their order: exercises/exercises.toml)

              ./learn list                 every exercise in order: done / failing / not started, and its chapter
              ./learn check <exercise>     run one exercise's tests; only its verdict and teaching messages
                                           (--verbose adds stack traces and what your code printed)
              ./learn hint <exercise>      a hint for it
              ./learn reset <exercise>     put its stub back as it was (asks first; your version is kept in .learn/reset/)
              ./learn watch [exercise]     re-check the current exercise every time you save it;
                                           on a terminal the screen is redrawn and each key acts at once:
                                           h hint, l list, r re-check, n next exercise, q quit (also during
                                           a check), a number then Enter: go to that exercise; after a pass
                                           it stays on the exercise until you press n
                                           (--poll: look for changes instead of waiting for file events)
              ./learn help                 this text

            <exercise> is a name (join-every-thread), a number from the list (1), or a class name (JoinEveryThread).
            Without this script:  ./mvnw -q -pl exercises -am test -Dtest=JoinEveryThreadTest
            """;

    private final Workbook workbook;
    private final PrintStream out;
    private final InputStream in;

    Main(Workbook workbook, PrintStream out, InputStream in) {
        this.workbook = workbook;
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (Boolean.getBoolean(Checker.PREPARE_PROPERTY)) Checker.prepareChildCache(System.err); // set by ./learn right after a build
        int code = explained(Path.of(System.getProperty("workbook.root", ".")), args, out, System.in);
        out.flush();
        // A learner's thread may still be running (that is what the tests are about): do not wait for it.
        System.exit(code);
    }

    /** {@link #run}, with the learner's mistakes and a folder it cannot write to told in one sentence (exit code 2). */
    static int explained(Path root, String[] args, PrintStream out, InputStream in) {
        try {
            return run(root, args, out, in);
        } catch (Workbook.LearnerError e) {
            out.println(e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof FileSystemException denied)) throw e;
            // A read-only copy of the workbook: one sentence, not a stack trace.
            out.println("Cannot write " + denied.getFile() + (denied.getReason() == null ? "" : " (" + denied.getReason() + ")")
                    + ": ./learn keeps its files in .learn/ and checks your code there, so the workbook must be in a folder you can write to.");
            return 2;
        }
    }

    /** Runs one command; returns the exit code (0 = done / fine, 1 = the exercise does not pass yet, 2 = usage). */
    static int run(Path root, String[] args, PrintStream out, InputStream in) {
        var words = new ArrayList<String>();
        boolean verbose = false, poll = false;
        for (var a : args) {
            switch (a) {
                case "--verbose", "-v" -> verbose = true;
                case "--poll" -> poll = true;
                case "--help", "-h" -> words.addFirst("help");
                default -> {
                    if (a.startsWith("-")) throw new Workbook.LearnerError("Unknown option " + a + ".\n\n" + USAGE);
                    words.add(a);
                }
            }
        }
        var command = words.isEmpty() ? "help" : words.getFirst().toLowerCase(Locale.ROOT);
        var rest = words.subList(Math.min(1, words.size()), words.size());
        if (command.equals("help")) {
            out.print(USAGE);
            return 0;
        }
        var workbook = Workbook.at(root);
        // Before the learner changes anything more: every stub as it was (from git's HEAD, or as the files are now).
        new Pristine(workbook).keepAll();
        var main = new Main(workbook, out, in);
        return switch (command) {
            case "list", "progress" -> {
                none(rest, command);
                yield main.list();
            }
            case "check", "verify", "run" -> main.check(one(rest, command), verbose);
            case "hint" -> main.hint(one(rest, command));
            case "reset" -> main.reset(one(rest, command));
            case "watch" -> main.watch(rest.isEmpty() ? null : one(rest, command), poll, verbose);
            default -> throw new Workbook.LearnerError("Unknown command '" + command + "'.\n\n" + USAGE);
        };
    }

    private static void none(List<String> rest, String command) {
        if (!rest.isEmpty()) {
            throw new Workbook.LearnerError("./learn " + command + " takes no exercise, but was given: " + String.join(" ", rest)
                    + "   (./learn help shows every command)");
        }
    }

    private static String one(List<String> rest, String command) {
        if (rest.size() > 1) {
            throw new Workbook.LearnerError("./learn " + command + " takes one exercise, but was given " + rest.size() + ": "
                    + String.join(" ", rest) + "   (./learn " + command + " <name or number>)");
        }
        if (rest.isEmpty()) {
            throw new Workbook.LearnerError("Say which exercise: ./learn " + command + " <name or number>   (./learn list shows them)");
        }
        return rest.getFirst();
    }

    int list() {
        try (var checker = new Checker(workbook)) {
            new Progress(workbook, checker).printList(out);
        }
        return 0;
    }

    int check(String query, boolean verbose) {
        var ex = workbook.find(query);
        try (var checker = new Checker(workbook)) {
            var progress = new Progress(workbook, checker);
            var verdict = progress.record(progress.check(ex));
            BookLinks.of(workbook).print(verdict, out, verbose);
            if (verdict.passed()) {
                progress.nextNotDone(ex).ifPresentOrElse(
                        next -> out.println("Next: ./learn check " + next.name() + "   (./learn hint " + next.name() + " if you are stuck)"),
                        () -> out.println("That was the last one: every exercise passes."));
            } else if (verdict.status() == Verdict.Status.NOT_STARTED) {
                out.println("Stuck? ./learn hint " + ex.name());
            }
            return verdict.passed() ? 0 : 1;
        }
    }

    int hint(String query) {
        var ex = workbook.find(query);
        out.println("Hint for " + ex.name() + " (chapter " + ex.chapter() + ", section #" + ex.section() + "):");
        BookLinks.of(workbook).printHint(ex, out);
        return 0;
    }

    int reset(String query) {
        var ex = workbook.find(query);
        var pristine = new Pristine(workbook);
        if (pristine.untouched(ex)) {
            out.println(ex.name() + " is already as it was: nothing to reset.");
            return 0;
        }
        out.print("Put " + workbook.relative(workbook.stubDir(ex)) + "/ back as it was? Your changes to " + ex.name()
                + " will be lost. [y/N] ");
        out.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        out.println(); // ends the question's line when the answer was not typed (yes | ./learn reset ...)
        if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
            out.println("Not reset: your files are unchanged.");
            return 1;
        }
        try {
            var copy = pristine.keptCopy(ex, java.time.Instant.now());
            var extra = pristine.restore(ex, copy);
            out.println("Reset " + ex.name() + " to its stub. Your version is kept in " + workbook.relative(copy) + "/");
            for (var f : extra) out.println("  kept " + workbook.relative(f) + " (not part of the stub; delete it yourself if you want)");
        } catch (FileSystemException e) {
            throw new UncheckedIOException(e); // told in one sentence by explained()
        } catch (IOException e) {
            throw new Workbook.LearnerError("Could not reset " + ex.name() + ": " + e);
        }
        return 0;
    }

    int watch(String query, boolean poll, boolean verbose) {
        var first = query == null ? null : workbook.find(query);
        var checker = new Checker(workbook).warm();
        Watch watch = null;
        try {
            watch = new Watch(workbook, checker, new Progress(workbook, checker), out, poll).verbose(verbose)
                    .screen(Boolean.getBoolean("learn.screen"), Boolean.getBoolean("learn.keys.single")) // set by ./learn on a terminal
                    .readCommandsFrom(in);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println();
                out.println("Stopped watching.");
                out.flush();
            }));
            watch.run(first);
            return 0; // every exercise done, or the learner quit: both fine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (watch != null) watch.close();
            // q during a check: the check may still be waiting for its JVM, holding the checker; quit without
            // waiting for it (every child JVM is killed when the tool's JVM ends). Otherwise an idle child is
            // asked to end, so that it writes its class-data archive.
            if (watch != null && watch.quitDuringCheck()) Thread.ofPlatform().daemon().name("learn-close").start(checker::close);
            else checker.close();
        }
    }
}
