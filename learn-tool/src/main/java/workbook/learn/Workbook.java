package workbook.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import workbook.learn.Catalog.Exercise;

/**
 * Where things are in a checkout of the workbook (or a copy of its exercises), and the exercises in the
 * order of exercises.toml. Every exercise the tool knows comes from that file, so a new entry just works.
 *
 * @param root the top of the checkout: it holds exercises/exercises.toml
 */
public record Workbook(Path root, List<Exercise> exercises) {

    public static final String CATALOG = "exercises/exercises.toml";
    public static final String STUBS = "exercises/src/main/java";
    public static final String TESTS = "exercises/src/test/java";

    public Workbook {
        root = root.toAbsolutePath().normalize();
        exercises = List.copyOf(exercises);
    }

    public static Workbook at(Path root) {
        var catalog = root.resolve(CATALOG);
        if (!Files.isRegularFile(catalog)) {
            throw new LearnerError("No " + CATALOG + " under " + root.toAbsolutePath()
                    + ": run ./learn from the top of the workbook.");
        }
        try {
            return new Workbook(root, Catalog.read(catalog));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path stubs() {
        return root.resolve(STUBS);
    }

    public Path tests() {
        return root.resolve(TESTS);
    }

    /** The learner's folder for an exercise: the stub's package. */
    public Path stubDir(Exercise ex) {
        return stubs().resolve(ex.packagePath());
    }

    public Path testDir(Exercise ex) {
        return tests().resolve(ex.packagePath());
    }

    /** The tool's own files (pristine stubs, compiled classes, cached results); git-ignored. */
    public Path state() {
        return root.resolve(".learn");
    }

    /** 1-based position in exercises.toml. */
    public int number(Exercise ex) {
        return exercises.indexOf(ex) + 1;
    }

    public String relative(Path p) {
        var abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The learner's .java files of an exercise, sorted. */
    public List<Path> stubFiles(Exercise ex) {
        return javaFiles(stubDir(ex));
    }

    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A throw-away workbook at {@code to} holding only the named exercises of this one (in the order given):
     * a catalog listing them, their stubs and tests, and the shared test helpers (exercises/support).
     * The tool's tests and the watch benchmark work on such copies, never on the learner's files.
     */
    public Workbook copyWith(Path to, List<String> names) throws IOException {
        var chosen = names.stream().map(this::find).toList();
        Catalog.write(chosen, to.resolve(CATALOG));
        var support = "exercises/support";
        copyTree(tests().resolve(support), to.resolve(TESTS).resolve(support));
        for (var ex : chosen) {
            copyTree(stubDir(ex), to.resolve(STUBS).resolve(ex.packagePath()));
            copyTree(testDir(ex), to.resolve(TESTS).resolve(ex.packagePath()));
        }
        return at(to);
    }

    /** Copies a file, or a folder and everything under it; a missing source copies nothing. */
    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) return;
        try (Stream<Path> all = Files.walk(from)) {
            for (var p : all.sorted().toList()) {
                var target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Finds an exercise by its number, its name, its package or class name, or a unique start of its name.
     *
     * @throws LearnerError naming the closest exercises when nothing matches
     */
    public Exercise find(String query) {
        var q = query.strip().toLowerCase(Locale.ROOT);
        if (q.matches("\\d+")) {
            int n = Integer.parseInt(q);
            if (n >= 1 && n <= exercises.size()) return exercises.get(n - 1);
            throw new LearnerError("There is no exercise " + n + ": they are numbered 1 to " + exercises.size() + " (./learn list).");
        }
        for (var ex : exercises) {
            var squashed = ex.name().replace("-", "");
            if (ex.name().equals(q) || squashed.equals(q.replace("-", "")) || ex.javaPackage().equals(q)
                    || ex.testSimpleName().toLowerCase(Locale.ROOT).equals(q)
                    || (squashed + "test").equals(q.replace("-", ""))) {
                return ex;
            }
        }
        var starting = exercises.stream().filter(ex -> ex.name().startsWith(q) || ex.name().replace("-", "").startsWith(q.replace("-", ""))).toList();
        if (starting.size() == 1) return starting.getFirst();
        var closest = exercises.stream()
                .sorted(Comparator.comparingInt((Exercise ex) -> distance(q, ex.name())).thenComparing(this::number))
                .limit(3).map(Exercise::name).toList();
        throw new LearnerError("No exercise is called '" + query + "'."
                + (closest.isEmpty() ? "" : " Did you mean: " + String.join(", ", closest) + "?") + "  (./learn list shows them all)");
    }

    /** Levenshtein distance, for "did you mean". */
    static int distance(String a, String b) {
        var prev = new int[b.length() + 1];
        var cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A problem to explain to the learner in one sentence, without a stack trace. */
    public static final class LearnerError extends RuntimeException {
        public LearnerError(String message) {
            super(message);
        }
    }
}
