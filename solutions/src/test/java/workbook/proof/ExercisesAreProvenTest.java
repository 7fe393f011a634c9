package workbook.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import exercises.support.Lesson;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import workbook.learn.Catalog;
import workbook.learn.Checker;
import workbook.learn.Verdict;
import workbook.learn.Workbook;

/**
 * Proves the exercises' tests both ways. (That they pass on the reference solutions is proven by running
 * them in this module, where the solutions are the classes under test.)
 * <ul>
 *   <li>On the untouched stubs in ../exercises, every test fails: a learner never gets a green test for free.</li>
 *   <li>On every correct idiom in right/&lt;exercise&gt;/&lt;idiom&gt;/, every test passes: the tests accept every right way.</li>
 *   <li>On every wrong sample in wrong/&lt;exercise&gt;/&lt;mistake&gt;/, some test fails, with a message containing
 *       each "// Expect:" line of the sample: each mistake the book warns about is caught, and explained.</li>
 * </ul>
 * Each of them is checked by the learner's tool ({@link Checker}: the engine of ./learn check), as if its files were
 * the learner's: compiled with the tool's javac options against the exercises' class path, with the stub's other
 * classes, and run in the tool's child JVM, within the exercise's limit. So each gets the verdict a learner would get,
 * and a sample that calls System.exit, halts, never ends or floods the output only costs its child JVM. A few
 * checkers run at once, each serving any exercise, each keeping its child JVM from one check to the next while the
 * code it ran behaved.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ExercisesAreProvenTest {

    private static final Path CATALOG = path("workbook.catalog");
    private static final Path WRONG = path("workbook.wrongSamples");
    private static final Path RIGHT = path("workbook.rightSamples");
    private static final Path SCRATCH = path("workbook.scratch");
    /** Files written by the build: the exercises' class path (as ./learn gets it), and the learner's tool's own. */
    private static final Path EXERCISES_CLASS_PATH = path("workbook.exercisesClassPath");
    private static final Path TOOL_CLASS_PATH = path("workbook.toolClassPath");
    private static final Path ROOT = CATALOG.getParent().getParent();
    private static final Path CHAPTERS = ROOT.resolve("chapters");

    /**
     * How many checks run at once, each in a checker (a child JVM) of its own: -Dproof.parallel=N, by default one per
     * core and at least two. Most of a check is waiting (a test holding a task while the learner's code waits, a child
     * JVM starting): two at once on two cores took it from 418 s to 242 s (one run each, 2026-12-07, load 0.5 to 1.9).
     */
    private static final int PARALLEL = Math.max(1, Integer.getInteger("workbook.proofParallel",
            Math.max(2, Runtime.getRuntime().availableProcessors())));

    /** The checkers made so far, one per thread of {@link #checks()}; all closed at the end. */
    private static final List<Checker> checkers = new ArrayList<>();
    private static final ThreadLocal<Checker> checkerOfThisThread = new ThreadLocal<>();
    private static ExecutorService checks;

    private static Path path(String property) {
        var value = System.getProperty(property);
        if (value == null) throw new IllegalStateException("system property " + property + " is not set: run this through ./mvnw (see solutions/pom.xml)");
        return Path.of(value).toAbsolutePath().normalize();
    }

    /** The threads that run the checks, in the order they were asked for, {@link #PARALLEL} at a time. */
    private static synchronized ExecutorService checks() {
        if (checks == null) {
            var threads = new java.util.concurrent.atomic.AtomicInteger();
            checks = Executors.newFixedThreadPool(PARALLEL, r -> Thread.ofPlatform().daemon()
                    .name("proof-checks-" + threads.incrementAndGet()).unstarted(r));
        }
        return checks;
    }

    /**
     * This thread's checker, made at its first check (its child JVM starts then), with a folder of its own for what it
     * compiles. The first one is made alone and warmed: its first child makes the class-data archive the others use.
     */
    private static Checker checker() throws Exception {
        var checker = checkerOfThisThread.get();
        if (checker != null) return checker;
        synchronized (checkers) {
            if (checkers.isEmpty()) {
                for (var file : List.of(EXERCISES_CLASS_PATH, TOOL_CLASS_PATH)) {
                    if (!Files.isRegularFile(file)) fail("The build has not written " + file + ". Build from the top: ./mvnw verify");
                }
                Files.createDirectories(SCRATCH); // its child JVMs' class-data archive goes there
                dropStaleCaches(toolClassPath() + File.pathSeparator + Files.readString(EXERCISES_CLASS_PATH).strip());
            }
            checker = new Checker(Workbook.at(ROOT), Files.readString(EXERCISES_CLASS_PATH).strip(), toolClassPath(),
                    SCRATCH.resolve("classes-" + (checkers.size() + 1))).warm();
            checkers.add(checker);
        }
        checkerOfThisThread.set(checker);
        return checker;
    }

    /** As ./learn runs the tool: its classes, then their dependencies. */
    private static String toolClassPath() throws Exception {
        return Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Files.readString(TOOL_CLASS_PATH).strip();
    }

    /**
     * Deletes the child and worker JVMs' class-data archives and AOT caches when a jar of the class path is newer: a
     * JDK 25 AOT cache made before a chapter's jar was rebuilt was still taken ("class path ok") and served the old
     * classes (a NoSuchMethodError for a method added since). ./learn deletes its own whenever it rebuilds the tool.
     */
    private static void dropStaleCaches(String classPath) throws IOException {
        long newestJar = 0;
        for (var entry : classPath.split(File.pathSeparator)) {
            var jar = Path.of(entry);
            if (Files.isRegularFile(jar)) newestJar = Math.max(newestJar, Files.getLastModifiedTime(jar).toMillis());
        }
        try (var files = Files.list(SCRATCH)) {
            for (var cache : files.filter(f -> f.toString().matches(".*\\.(aot|jsa)$")).toList()) {
                if (Files.getLastModifiedTime(cache).toMillis() < newestJar) Files.delete(cache);
            }
        }
    }

    /** How long one check took (compiling and running), and how many tests ran in it. */
    private record Took(long millis, int tests, String what) {}

    private static final java.util.Queue<Took> took = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * Writes where the proof's time went, slowest check first, to target/proof-times.txt: for whoever makes the
     * proof (and so ./mvnw verify) quicker, or wonders why a sample is slow to check.
     */
    @AfterAll
    static void writeTheTimes() throws IOException {
        var lines = new ArrayList<String>();
        long total = took.stream().mapToLong(Took::millis).sum();
        lines.add("# " + took.size() + " checks, " + total + " ms in all (" + PARALLEL + " at a time); slowest first: ms, tests run, what");
        took.stream().sorted(java.util.Comparator.comparingLong(Took::millis).reversed())
                .forEach(t -> lines.add(t.millis() + "\t" + t.tests() + "\t" + t.what()));
        Files.write(SCRATCH.getParent().resolve("proof-times.txt"), lines);
    }

    @AfterAll
    static void endTheChildren() {
        synchronized (ExercisesAreProvenTest.class) {
            if (checks != null) checks.shutdownNow();
            checks = null;
        }
        synchronized (checkers) {
            checkers.forEach(Checker::close);
            checkers.clear();
        }
    }

    /**
     * One container per exercise: its stub, its wrong samples, its right samples. Every check is handed to
     * {@link #checks()} before the first test is made, so {@link #PARALLEL} run at once; each test waits for its own verdict.
     */
    @TestFactory
    Stream<DynamicNode> everyExercise() throws IOException {
        // -Dproof.only=name1,name2 proves only those exercises (quicker while writing one); empty means all.
        var only = List.of(System.getProperty("workbook.proofOnly", "").split(",")).stream().filter(n -> !n.isBlank()).toList();
        var exercises = Catalog.read(CATALOG).stream().filter(ex -> only.isEmpty() || only.contains(ex.name())).toList();
        // The checks are asked for slowest exercises first (those with a longer limit in exercises.toml start worker JVMs,
        // a cluster, or run the learner's tests against many implementations), so that no long check is left to run
        // alone at the end while the other checkers idle; the tests keep the catalogue's order.
        var verdicts = new java.util.HashMap<Path, LaterVerdict>();
        var expected = new java.util.HashMap<Path, List<String>>(); // each wrong sample's "// Expect:" lines
        var bySlowness = exercises.stream().sorted(java.util.Comparator.comparingInt(Catalog.Exercise::limitSeconds).reversed()).toList();
        for (var ex : bySlowness) {
            verdicts.put(stubOf(ex), checkLater(ex, stubOf(ex), "The untouched stub", List.of()));
            for (var m : samples(WRONG.resolve(ex.name()))) {
                expected.put(m, expectedMessages(m));
                verdicts.put(m, checkLater(ex, m, "The wrong sample", expected.get(m)));
            }
            for (var m : samples(RIGHT.resolve(ex.name()))) verdicts.put(m, checkLater(ex, m, "The correct idiom", List.of()));
        }
        return exercises.stream().map(ex -> {
            var nodes = new ArrayList<DynamicNode>();
            var stub = verdicts.get(stubOf(ex));
            nodes.add(DynamicTest.dynamicTest("fails on the untouched stub", () -> failsOnStub(ex, stub.get())));
            for (var m : samples(WRONG.resolve(ex.name()))) {
                var verdict = verdicts.get(m);
                nodes.add(DynamicTest.dynamicTest("rejects wrong sample " + m.getFileName(),
                        () -> rejects(ex, m, expected.get(m), verdict.get())));
            }
            for (var m : samples(RIGHT.resolve(ex.name()))) {
                var verdict = verdicts.get(m);
                nodes.add(DynamicTest.dynamicTest("accepts correct idiom " + m.getFileName(), () -> accepts(ex, m, verdict.get())));
            }
            return (DynamicNode) DynamicContainer.dynamicContainer(ex.name(), nodes.stream());
        });
    }

    private static Path stubOf(Catalog.Exercise ex) {
        return ROOT.resolve(Workbook.STUBS).resolve(ex.packagePath());
    }

    /** The verdict of a check that runs when a thread of {@link #checks()} is free; fails when it does not compile. */
    private interface LaterVerdict {
        Verdict get() throws Exception;
    }

    /**
     * {@code enough}: for a wrong sample, its "// Expect:" lines. Once the failures contain them all, the tests not
     * begun yet are skipped (the proof has what it needs; a learner's check always runs them all). Empty: every test
     * runs, as the stub's check (every test must fail) and a right sample's (every test must pass) need.
     */
    private static LaterVerdict checkLater(Catalog.Exercise ex, Path folder, String what, List<String> enough) {
        Future<Verdict> future = checks().submit(() -> {
            var verdict = checker().check(ex, folder, enough);
            took.add(new Took(verdict.took().toMillis(), verdict.tests(), ex.name() + " " + ROOT.relativize(folder)));
            return verdict;
        });
        return () -> {
            Verdict verdict;
            try {
                // Far above any check's own limit (Checker kills a child at it): only a stuck checker ends here.
                verdict = future.get(10, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            if (!verdict.compileErrors().isEmpty()) {
                fail(what + " (" + folder.getFileName() + ") of " + ex.name() + " does not compile:\n" + String.join("\n", verdict.compileErrors()));
            }
            return verdict;
        };
    }

    /** The tests run on the stub as it is (not the NOT STARTED that ./learn says without running them): each must fail. */
    private static void failsOnStub(Catalog.Exercise ex, Verdict verdict) {
        assertFalse(verdict.tests() == 0 && verdict.failures().isEmpty(), ex.test() + " ran no tests at all");
        assertTrue(verdict.passing().isEmpty(), "On the untouched stub of " + ex.name() + ", these tests PASSED: " + verdict.passing()
                + ". Every test must fail until the learner writes the solution; is the stub already solving it?");
    }

    /** The sample folders in {@code dir}, in name order. */
    private static List<Path> samples(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (var samples = Files.list(dir)) {
            return samples.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correct idiom other than the reference solution: every test must pass on it too. */
    private static void accepts(Catalog.Exercise ex, Path sample, Verdict verdict) {
        assertFalse(verdict.tests() == 0 && verdict.failures().isEmpty(), ex.test() + " ran no tests");
        assertTrue(verdict.passed() && verdict.tests() > 0, "The correct idiom " + sample.getFileName() + " of " + ex.name()
                + " was REJECTED; the tests must accept every correct way:\n" + messages(verdict, "\n"));
    }

    /** The sample's "// Expect: <part of a failure message>" lines, each without its prefix. */
    private static List<String> expectedMessages(Path sample) {
        var expected = new ArrayList<String>();
        try {
            for (var f : javaFiles(sample)) {
                for (var line : Files.readAllLines(f)) {
                    var l = line.strip();
                    if (l.startsWith("// Expect:")) expected.add(l.substring("// Expect:".length()).strip());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return expected;
    }

    private static void rejects(Catalog.Exercise ex, Path sample, List<String> expected, Verdict verdict) {
        assertFalse(expected.isEmpty(), sample + " has no '// Expect: <part of the failure message>' line");
        assertFalse(verdict.failures().isEmpty(), "Wrong sample " + sample.getFileName() + " of " + ex.name()
                + " PASSED every test: the tests do not catch this mistake. (" + verdict.status() + ", " + verdict.tests()
                + " tests passed in " + verdict.took().toMillis() + " ms: " + verdict.passing() + ")");
        var messages = verdict.failures().stream().map(Verdict.Failure::message).collect(Collectors.joining("\n---\n"));
        for (var text : expected) {
            assertTrue(messages.contains(text), "Wrong sample " + sample.getFileName() + " was rejected, but no failure message contains \""
                    + text + "\". Messages were:\n" + messages(verdict, "\n---\n"));
        }
    }

    /** Each failing test's name and whole message. */
    private static String messages(Verdict verdict, String between) {
        return verdict.failures().stream().map(f -> f.test() + ": " + f.message()).collect(Collectors.joining(between));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            var list = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertFalse(list.isEmpty(), dir + " has no .java file");
            return list;
        }
    }

    @Test
    void everyLessonNamedInAFailureMessageExistsInItsChapter() throws Exception {
        var missing = new ArrayList<String>();
        for (var field : Lesson.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Lesson.class) continue;
            var lesson = (Lesson) field.get(null);
            var file = CHAPTERS.resolve(lesson.chapter()).resolve("chapter.adoc");
            var text = Files.exists(file) ? Files.readString(file) : "";
            if (!text.contains("[#" + lesson.anchor() + "]") && !text.contains("[[" + lesson.anchor() + "]]")) {
                missing.add(lesson.chapter() + "#" + lesson.anchor());
            }
        }
        assertTrue(missing.isEmpty(), "Failure messages point learners at sections that have no anchor in chapter.adoc: " + missing);
    }

    @Test
    void everyExerciseHasStubTestSolutionAndHint() throws Exception {
        var problems = new ArrayList<String>();
        var root = CATALOG.getParent().getParent();
        for (var ex : Catalog.read(CATALOG)) {
            var pkg = ex.packagePath();
            var stubDir = root.resolve("exercises/src/main/java").resolve(pkg);
            if (!Files.isDirectory(stubDir)) problems.add(ex.name() + ": no stub package " + pkg);
            else if (!stubNames(stubDir, "./learn check " + ex.name())) {
                problems.add(ex.name() + ": no stub in " + pkg + " names the learner's command './learn check " + ex.name()
                        + "' (copy the header comment of exercises/joineverythread/JoinEveryThread.java)");
            }
            if (!Files.isDirectory(root.resolve("solutions/src/main/java").resolve(pkg))) problems.add(ex.name() + ": no solution package " + pkg);
            if (!ex.test().startsWith(ex.javaPackage() + ".")) problems.add(ex.name() + ": test " + ex.test() + " is not in package " + ex.javaPackage());
            if (!Files.isDirectory(CHAPTERS.resolve(ex.chapter()))) problems.add(ex.name() + ": no chapter " + ex.chapter());
            if (ex.hint().isBlank()) problems.add(ex.name() + ": empty hint");
            var tests = Class.forName(ex.test());
            if (!tests.isAnnotationPresent(Timeout.class)) problems.add(ex.name() + ": " + ex.test() + " has no class-level @Timeout");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** True when one of the stub's .java files contains {@code text} (the header listing the learner's commands). */
    private static boolean stubNames(Path stubDir, String text) throws IOException {
        try (var files = Files.walk(stubDir)) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains(text)) return true;
            }
        }
        return false;
    }
}
