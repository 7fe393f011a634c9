package workbook.learn;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import workbook.learn.Catalog.Exercise;
import workbook.learn.Verdict.Status;

/**
 * Where the learner stands on each exercise: not started (the stub is untouched, or still throws its
 * UnsupportedOperationException), failing, or done. An untouched stub is not even compiled; any other is
 * checked, and the result is kept in .learn/results/ under a digest of the stub's and the tests' sources,
 * so listing again only re-checks what changed.
 */
public final class Progress {

    private final Workbook workbook;
    private final Checker checker;
    private final Pristine pristine;

    public Progress(Workbook workbook, Checker checker) {
        this.workbook = workbook;
        this.checker = checker;
        this.pristine = new Pristine(workbook);
    }

    Pristine pristine() {
        return pristine;
    }

    public Status status(Exercise ex) {
        var cached = cached(ex, digest(ex));
        if (cached.isPresent()) return cached.get();
        if (pristine.untouched(ex)) return Status.NOT_STARTED; // no need to compile it to know
        return record(checker.check(ex)).status();
    }

    /**
     * Checks an exercise, except an untouched stub: that is NOT STARTED without compiling or running anything,
     * with the sentence its UnsupportedOperationException would say.
     */
    public Verdict check(Exercise ex) {
        if (!pristine.untouched(ex)) return checker.check(ex);
        checker.compileAhead(ex); // watch: javac warm, and the tests compiled, for the learner's first save
        var stub = workbook.stubFiles(ex);
        var says = stub.stream().map(Progress::stubMessage).filter(m -> !m.isEmpty()).findFirst()
                .orElse("the stub is as it was: write the method it describes.");
        var message = (says.startsWith("Not started yet") ? says : "Not started yet: " + says)
                + "\n  Edit " + workbook.relative(stub.isEmpty() ? workbook.stubDir(ex) : stub.getFirst());
        return new Verdict(ex, Status.NOT_STARTED, 0, List.of(new Verdict.Failure("(its tests are not run on an untouched stub)", message, "")),
                List.of(), List.of(), "", java.time.Duration.ZERO);
    }

    /** The text of the first {@code new UnsupportedOperationException("..." + "...")} in a stub, or "". */
    static String stubMessage(Path file) {
        try {
            var source = Files.readString(file);
            int at = source.indexOf("new UnsupportedOperationException(");
            if (at < 0) return "";
            int end = source.indexOf(");", at);
            var literals = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source.substring(at, end < 0 ? source.length() : end));
            var text = new StringBuilder();
            while (literals.find()) text.append(literals.group(1).replace("\\\"", "\"").replace("\\n", "\n"));
            return text.toString().strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Remembers a verdict for the sources it was made from. */
    public Verdict record(Verdict v) {
        var file = resultFile(v.exercise());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, digest(v.exercise()) + " " + v.status().name() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private Optional<Status> cached(Exercise ex, String digest) {
        var file = resultFile(ex);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            var parts = Files.readString(file).strip().split(" ");
            if (parts.length != 2 || !parts[0].equals(digest)) return Optional.empty();
            return Optional.of(Status.valueOf(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Path resultFile(Exercise ex) {
        return workbook.state().resolve("results").resolve(ex.name());
    }

    /** A digest of everything a check depends on: the stub, the tests and the shared helpers. */
    String digest(Exercise ex) {
        var files = new ArrayList<Path>(workbook.stubFiles(ex));
        files.addAll(Workbook.javaFiles(workbook.testDir(ex)));
        files.addAll(Workbook.javaFiles(workbook.tests().resolve("exercises/support")));
        return digestOf(workbook, files);
    }

    /** A digest of these files' names (relative to the workbook) and contents. */
    static String digestOf(Workbook workbook, List<Path> files) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var f : files) {
                sha.update(workbook.relative(f).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first exercise after {@code after} (in order, wrapping around) that is not done; empty when all are. */
    public Optional<Exercise> nextNotDone(Exercise after) {
        var all = workbook.exercises();
        int from = after == null ? 0 : all.indexOf(after) + 1;
        for (int i = 0; i < all.size(); i++) {
            var ex = all.get((from + i) % all.size());
            if (status(ex) != Status.DONE) return Optional.of(ex);
        }
        return Optional.empty();
    }

    /** The progress list: every exercise in order with its chapter and state; the next one to do is marked. */
    public void printList(PrintStream out) {
        var all = workbook.exercises();
        var statuses = new ArrayList<Status>();
        for (var ex : all) statuses.add(status(ex));
        int nameWidth = Math.max(8, all.stream().mapToInt(ex -> ex.name().length()).max().orElse(0));
        int chapterWidth = Math.max(7, all.stream().mapToInt(ex -> ex.chapter().length()).max().orElse(0));
        var format = "%s %3s  %-" + nameWidth + "s  %-" + chapterWidth + "s  %s%n";
        out.printf(format, " ", "#", "exercise", "chapter", "state");
        int next = -1;
        for (int i = 0; i < all.size(); i++) {
            if (next < 0 && statuses.get(i) != Status.DONE) next = i;
        }
        for (int i = 0; i < all.size(); i++) {
            var ex = all.get(i);
            out.printf(format, i == next ? ">" : " ", i + 1, ex.name(), ex.chapter(), label(statuses.get(i)) + (i == next ? "   <- next" : ""));
        }
        long done = statuses.stream().filter(s -> s == Status.DONE).count();
        out.printf("%nProgress: %d of %d done.%s%n", done, all.size(),
                next < 0 ? " Every exercise passes: well done!" : " Next: ./learn check " + all.get(next).name() + "   (or ./learn watch)");
    }

    static String label(Status s) {
        return switch (s) {
            case DONE -> "done";
            case NOT_STARTED -> "not started";
            case FAILING, DOES_NOT_COMPILE -> "failing";
        };
    }
}
