package workbook.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throw-away copy of the workbook's exercises (catalog, stubs, tests), so the tool's tests can edit,
 * solve and reset exercises without ever touching the real ones. Not a git checkout: the pristine stubs
 * are taken from the files as they are when the tool first meets them.
 */
final class TempWorkbook {

    static final Path REAL = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    static final String STUB = "exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java";

    final Path root;

    TempWorkbook(Path root) throws IOException {
        this.root = root;
        for (var part : new String[] {Workbook.CATALOG, Workbook.STUBS, Workbook.TESTS}) copy(REAL.resolve(part), root.resolve(part));
    }

    Path stub() {
        return root.resolve(STUB);
    }

    /** Puts the reference solution in place of the learner's stub. */
    void solve() throws IOException {
        Files.copy(REAL.resolve("solutions/src/main/java/exercises/joineverythread/JoinEveryThread.java"), stub(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Puts one of the wrong samples (solutions/wrong/join-every-thread/&lt;mistake&gt;) in place of the stub. */
    void makeMistake(String mistake) throws IOException {
        Files.copy(REAL.resolve("solutions/wrong/join-every-thread").resolve(mistake).resolve("JoinEveryThread.java"), stub(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Adds a second exercise, a renamed copy of join-every-thread, after the first one in exercises.toml.
     */
    void addCopyOfFirstExerciseAs(String name) throws IOException {
        var pkg = name.replace("-", "");
        for (var side : new String[] {Workbook.STUBS, Workbook.TESTS}) {
            var from = root.resolve(side).resolve("exercises/joineverythread");
            var to = root.resolve(side).resolve("exercises").resolve(pkg);
            try (Stream<Path> files = Files.walk(from)) {
                for (var f : files.filter(Files::isRegularFile).toList()) {
                    var target = to.resolve(from.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, Files.readString(f).replace("exercises.joineverythread", "exercises." + pkg)
                            .replace("exercises/joineverythread", "exercises/" + pkg));
                }
            }
        }
        Files.writeString(root.resolve(Workbook.CATALOG), """

                [[exercise]]
                name = "%s"
                chapter = "01-threads-by-hand"
                section = "join-waits-for-a-thread"
                test = "exercises.%s.JoinEveryThreadTest"
                hint = "The same again."
                """.formatted(name, pkg), java.nio.file.StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (var p : all.sorted(Comparator.naturalOrder()).toList()) {
                var target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
