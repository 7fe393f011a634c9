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
 * and a sample that calls System.exit, halts, never ends or floods the output only costs its child JVM. One checker
 * serves every exercise, and keeps its child JVM from one check to the next while the code it ran behaved.
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

    private static Checker checker;

    private static Path path(String property) {
        var value = System.getProperty(property);
        if (value == null) throw new IllegalStateException("system property " + property + " is not set: run this through ./mvnw (see solutions/pom.xml)");
        return Path.of(value).toAbsolutePath().normalize();
    }

    /** The checker every exercise's proof uses, made at the first check (its child JVM starts then). */
    private static synchronized Checker checker() throws Exception {
        if (checker == null) {
            for (var file : List.of(EXERCISES_CLASS_PATH, TOOL_CLASS_PATH)) {
                if (!Files.isRegularFile(file)) fail("The build has not written " + file + ". Build from the top: ./mvnw verify");
            }
            // As ./learn runs the tool: its classes, then their dependencies.
            Files.createDirectories(SCRATCH); // its child JVMs' class-data archive goes there
            var tool = Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    + File.pathSeparator + Files.readString(TOOL_CLASS_PATH).strip();
            dropStaleCaches(tool + File.pathSeparator + Files.readString(EXERCISES_CLASS_PATH).strip());
            checker = new Checker(Workbook.at(ROOT), Files.readString(EXERCISES_CLASS_PATH).strip(), tool, SCRATCH.resolve("classes")).warm();
        }
        return checker;
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

    @AfterAll
    static synchronized void endTheChild() {
        if (checker != null) checker.close();
        checker = null;
    }

    @TestFactory
    Stream<DynamicNode> everyExercise() throws IOException {
        // -Dproof.only=name1,name2 proves only those exercises (quicker while writing one); empty means all.
        var only = List.of(System.getProperty("workbook.proofOnly", "").split(",")).stream().filter(n -> !n.isBlank()).toList();
        return Catalog.read(CATALOG).stream().filter(ex -> only.isEmpty() || only.contains(ex.name())).map(ex -> DynamicContainer.dynamicContainer(ex.name(), Stream.concat(
                Stream.of(DynamicTest.dynamicTest("fails on the untouched stub", () -> failsOnStub(ex))),
                Stream.concat(wrongSamples(ex), rightSamples(ex)))));
    }

    /** The tests run on the stub as it is (not the NOT STARTED that ./learn says without running them): each must fail. */
    private static void failsOnStub(Catalog.Exercise ex) throws Exception {
        var verdict = checked(ex, ROOT.resolve(Workbook.STUBS).resolve(ex.packagePath()), "The untouched stub");
        assertFalse(verdict.tests() == 0 && verdict.failures().isEmpty(), ex.test() + " ran no tests at all");
        assertTrue(verdict.passing().isEmpty(), "On the untouched stub of " + ex.name() + ", these tests PASSED: " + verdict.passing()
                + ". Every test must fail until the learner writes the solution; is the stub already solving it?");
    }

    private static Stream<DynamicNode> wrongSamples(Catalog.Exercise ex) {
        return samples(WRONG.resolve(ex.name()), "rejects wrong sample ", m -> rejects(ex, m));
    }

    private static Stream<DynamicNode> rightSamples(Catalog.Exercise ex) {
        return samples(RIGHT.resolve(ex.name()), "accepts correct idiom ", m -> accepts(ex, m));
    }

    private interface SampleCheck {
        void check(Path sample) throws Exception;
    }

    private static Stream<DynamicNode> samples(Path dir, String label, SampleCheck check) {
        if (!Files.isDirectory(dir)) return Stream.empty();
        try (var samples = Files.list(dir)) {
            return samples.filter(Files::isDirectory).sorted().map(m -> (DynamicNode) DynamicTest.dynamicTest(
                    label + m.getFileName(), () -> check.check(m))).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The learner's verdict on the files in {@code folder}; fails when they do not compile. */
    private static Verdict checked(Catalog.Exercise ex, Path folder, String what) throws Exception {
        var verdict = checker().check(ex, folder);
        if (!verdict.compileErrors().isEmpty()) {
            fail(what + " (" + folder.getFileName() + ") of " + ex.name() + " does not compile:\n" + String.join("\n", verdict.compileErrors()));
        }
        return verdict;
    }

    /** A correct idiom other than the reference solution: every test must pass on it too. */
    private static void accepts(Catalog.Exercise ex, Path sample) throws Exception {
        var verdict = checked(ex, sample, "The correct idiom");
        assertFalse(verdict.tests() == 0 && verdict.failures().isEmpty(), ex.test() + " ran no tests");
        assertTrue(verdict.passed() && verdict.tests() > 0, "The correct idiom " + sample.getFileName() + " of " + ex.name()
                + " was REJECTED; the tests must accept every correct way:\n" + messages(verdict, "\n"));
    }

    private static void rejects(Catalog.Exercise ex, Path sample) throws Exception {
        var expected = new ArrayList<String>();
        for (var f : javaFiles(sample)) {
            for (var line : Files.readAllLines(f)) {
                var l = line.strip();
                if (l.startsWith("// Expect:")) expected.add(l.substring("// Expect:".length()).strip());
            }
        }
        assertFalse(expected.isEmpty(), sample + " has no '// Expect: <part of the failure message>' line");
        var verdict = checked(ex, sample, "The wrong sample");
        assertFalse(verdict.failures().isEmpty(), "Wrong sample " + sample.getFileName() + " of " + ex.name()
                + " PASSED every test: the tests do not catch this mistake.");
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
