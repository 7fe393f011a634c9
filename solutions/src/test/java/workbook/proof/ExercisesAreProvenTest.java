package workbook.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import workbook.learn.Catalog;
import exercises.support.Lesson;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Proves the exercises' tests both ways. (That they pass on the reference solutions is proven by running
 * them in this module, where the solutions are the classes under test.)
 * <ul>
 *   <li>On the untouched stubs in ../exercises, every test fails: a learner never gets a green test for free.</li>
 *   <li>On every correct idiom in right/&lt;exercise&gt;/&lt;idiom&gt;/, every test passes: the tests accept every right way.</li>
 *   <li>On every wrong sample in wrong/&lt;exercise&gt;/&lt;mistake&gt;/, some test fails, with a message containing
 *       each "// Expect:" line of the sample: each mistake the book warns about is caught, and explained.</li>
 * </ul>
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ExercisesAreProvenTest {

    private static final Path STUBS = path("workbook.stubClasses");
    private static final Path TESTS = path("workbook.testClasses");
    private static final Path CATALOG = path("workbook.catalog");
    private static final Path WRONG = path("workbook.wrongSamples");
    private static final Path RIGHT = path("workbook.rightSamples");
    private static final Path SCRATCH = path("workbook.scratch");
    private static final Path CHAPTERS = CATALOG.getParent().resolveSibling("chapters");

    private static Path path(String property) {
        var value = System.getProperty(property);
        if (value == null) throw new IllegalStateException("system property " + property + " is not set: run this through ./mvnw (see solutions/pom.xml)");
        return Path.of(value).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicNode> everyExercise() throws IOException {
        if (!Files.isDirectory(STUBS.resolve("exercises"))) {
            fail("The stubs are not compiled at " + STUBS + ". Build from the top: ./mvnw verify");
        }
        // -Dproof.only=name1,name2 proves only those exercises (quicker while writing one); empty means all.
        var only = List.of(System.getProperty("workbook.proofOnly", "").split(",")).stream().filter(n -> !n.isBlank()).toList();
        return Catalog.read(CATALOG).stream().filter(ex -> only.isEmpty() || only.contains(ex.name())).map(ex -> DynamicContainer.dynamicContainer(ex.name(), Stream.concat(
                Stream.of(DynamicTest.dynamicTest("fails on the untouched stub", () -> failsOnStub(ex))),
                Stream.concat(wrongSamples(ex), rightSamples(ex)))));
    }

    private static void failsOnStub(Catalog.Exercise ex) throws Exception {
        var results = TestRunner.run(ex.test(), List.of(STUBS, TESTS));
        assertFalse(results.isEmpty(), ex.test() + " ran no tests at all");
        var passed = results.stream().filter(r -> !r.failed()).map(TestRunner.Result::test).toList();
        assertTrue(passed.isEmpty(), "On the untouched stub of " + ex.name() + ", these tests PASSED: " + passed
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

    /** A correct idiom other than the reference solution: every test must pass on it too. */
    private static void accepts(Catalog.Exercise ex, Path sample) throws Exception {
        var sources = javaFiles(sample);
        var classes = compile(sources, SCRATCH.resolve("right").resolve(ex.name()).resolve(sample.getFileName().toString()));
        var results = TestRunner.run(ex.test(), List.of(classes, STUBS, TESTS));
        assertFalse(results.isEmpty(), ex.test() + " ran no tests");
        var failures = results.stream().filter(TestRunner.Result::failed).map(r -> r.test() + ": " + r.message()).toList();
        assertTrue(failures.isEmpty(), "The correct idiom " + sample.getFileName() + " of " + ex.name()
                + " was REJECTED; the tests must accept every correct way:\n" + String.join("\n", failures));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            var list = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertFalse(list.isEmpty(), dir + " has no .java file");
            return list;
        }
    }

    private static void rejects(Catalog.Exercise ex, Path sample) throws Exception {
        var sources = javaFiles(sample);
        var expected = new ArrayList<String>();
        for (var f : sources) {
            for (var line : Files.readAllLines(f)) {
                var l = line.strip();
                if (l.startsWith("// Expect:")) expected.add(l.substring("// Expect:".length()).strip());
            }
        }
        assertFalse(expected.isEmpty(), sample + " has no '// Expect: <part of the failure message>' line");
        var classes = compile(sources, SCRATCH.resolve("wrong").resolve(ex.name()).resolve(sample.getFileName().toString()));
        var results = TestRunner.run(ex.test(), List.of(classes, STUBS, TESTS));
        var failures = results.stream().filter(TestRunner.Result::failed).toList();
        assertFalse(failures.isEmpty(), "Wrong sample " + sample.getFileName() + " of " + ex.name()
                + " PASSED every test: the tests do not catch this mistake.");
        var messages = failures.stream().map(TestRunner.Result::message).collect(Collectors.joining("\n---\n"));
        for (var text : expected) {
            assertTrue(messages.contains(text), "Wrong sample " + sample.getFileName() + " was rejected, but no failure message contains \""
                    + text + "\". Messages were:\n" + messages);
        }
    }

    private static Path compile(List<Path> sources, Path out) throws IOException {
        Files.createDirectories(out);
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = javac.getStandardFileManager(diagnostics, null, null)) {
            var units = files.getJavaFileObjectsFromPaths(sources);
            // The stubs, then this JVM's class path: samples may use the chapters' classes (e.g. chapter 03's ProcessPool).
            var classPath = STUBS + java.io.File.pathSeparator + System.getProperty("java.class.path");
            var options = List.of("-d", out.toString(), "-cp", classPath, "--release", "21", "-proc:none", "-Xlint:none");
            if (!javac.getTask(null, files, diagnostics, options, null, units).call()) {
                fail("wrong sample does not compile: " + diagnostics.getDiagnostics());
            }
        }
        return out;
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
