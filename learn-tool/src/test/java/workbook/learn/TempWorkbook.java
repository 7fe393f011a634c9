package workbook.learn;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;
import workbook.learn.Catalog.Exercise;

/**
 * A throw-away workbook of small fixture exercises, written for each test, so the tool's tests never depend
 * on the real exercises (how many there are, what they check) and never touch the learner's files.
 *
 * <p>A fixture exercise {@code first-steps} has a stub {@code exercises.firststeps.FirstSteps} whose
 * {@code answer()} throws the stub's UnsupportedOperationException, and two tests: one wants 42 (with a
 * teaching message taken from the shared helper exercises.support.Fixture), one wants the same answer twice.
 * The exercise {@code use-the-chapter} needs a "chapter" class that is only on the class path the test gives
 * the checker ({@link #chapterClassPath()}), and runs the learner's code in a worker JVM too.
 */
final class TempWorkbook {

    static final String CHAPTER_EXERCISE = "use-the-chapter";
    static final String GREETING = "hello from the chapter";

    final Path root;

    /** Writes a workbook at {@code root} whose catalog lists the named fixture exercises, in that order. */
    TempWorkbook(Path root, String... names) throws IOException {
        this.root = root;
        var exercises = new ArrayList<Exercise>();
        for (var name : names) {
            var ex = new Exercise(name, "01-fixture", "fixture-" + name, "exercises." + pkg(name) + "." + type(name) + "Test",
                    "Return 42 from answer() in " + name + ".\nThe second line of the hint.");
            exercises.add(ex);
            if (name.equals(CHAPTER_EXERCISE)) writeChapterExercise(ex);
            else writeExercise(ex);
        }
        Catalog.write(exercises, root.resolve(Workbook.CATALOG));
        write(Workbook.TESTS, "exercises/support/Fixture.java", """
                package exercises.support;

                public final class Fixture {
                    public static final String READ = "read section #fixture.";
                }
                """);
        // As git's HEAD does in a real checkout: the stubs as written here are the ones reset puts back.
        var pristine = new Pristine(workbook());
        for (var ex : exercises) pristine.files(ex);
    }

    Workbook workbook() {
        return Workbook.at(root);
    }

    Path stub(String name) {
        return root.resolve(Workbook.STUBS).resolve("exercises").resolve(pkg(name)).resolve(type(name) + ".java");
    }

    /** The learner solves it: the stub's throw becomes the right answer. */
    void solve(String name) throws IOException {
        replaceBody(name, name.equals(CHAPTER_EXERCISE) ? "return fixture.chapter.Greeting.text();" : "return 42;");
    }

    /** The learner gets it wrong: the tests fail with their teaching message. */
    void makeMistake(String name) throws IOException {
        replaceBody(name, "return 41;");
    }

    /** The learner's edit does not compile. */
    void breakCompile(String name) throws IOException {
        replaceBody(name, "retrun 42;");
    }

    /** Replaces the one line that is the body of the stub's method (the line after "public static"); may hold several. */
    void replaceBody(String name, String body) throws IOException {
        var lines = new ArrayList<>(Files.readAllLines(stub(name)));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("public static")) {
                lines.set(i + 1, "        " + body);
                Files.write(stub(name), lines);
                return;
            }
        }
        throw new IllegalStateException("no method in " + stub(name));
    }

    /** The learner adds a class of their own to the exercise's package (its source without the package line). */
    void addClass(String name, String simpleName, String source) throws IOException {
        Files.writeString(stub(name).resolveSibling(simpleName + ".java"), "package exercises." + pkg(name) + ";\n" + source);
    }

    /**
     * The class path for {@link #CHAPTER_EXERCISE}: this JVM's (JUnit, AssertJ) plus a folder holding the
     * compiled "chapter" class fixture.chapter.Greeting, which nothing else has.
     */
    String chapterClassPath() throws IOException {
        var src = root.resolve("chapter/src/fixture/chapter/Greeting.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package fixture.chapter;

                public final class Greeting {
                    public static String text() {
                        return "%s";
                    }
                }
                """.formatted(GREETING));
        var classes = root.resolve("chapter/classes");
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        if (code != 0) throw new IllegalStateException("the fixture chapter does not compile");
        return System.getProperty("java.class.path") + File.pathSeparator + classes;
    }

    private void writeExercise(Exercise ex) throws IOException {
        var pkg = pkg(ex.name());
        var type = type(ex.name());
        write(Workbook.STUBS, "exercises/" + pkg + "/" + type + ".java", """
                package exercises.%1$s;

                /** Fixture exercise %3$s:  ./learn check %3$s */
                public final class %2$s {
                    private %2$s() {}

                    public static int answer() {
                        throw new UnsupportedOperationException("Not started yet: make answer() return 42.");
                    }
                }
                """.formatted(pkg, type, ex.name()));
        write(Workbook.TESTS, "exercises/" + pkg + "/" + type + "Test.java", """
                package exercises.%1$s;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import exercises.support.Fixture;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.Timeout;

                @Timeout(10)
                class %2$sTest {
                    @Test
                    void answersFortyTwo() {
                        assertEquals(42, %2$s.answer(), "answer() must return 42; " + Fixture.READ);
                    }

                    @Test
                    void answersTheSameTwice() {
                        assertEquals(%2$s.answer(), %2$s.answer(), "answer() changed its mind");
                    }
                }
                """.formatted(pkg, type));
    }

    private void writeChapterExercise(Exercise ex) throws IOException {
        write(Workbook.STUBS, "exercises/usethechapter/UseTheChapter.java", """
                package exercises.usethechapter;

                public final class UseTheChapter {
                    private UseTheChapter() {}

                    public static String greet() {
                        throw new UnsupportedOperationException("Not started yet: return fixture.chapter.Greeting.text().");
                    }
                }
                """);
        write(Workbook.TESTS, "exercises/usethechapter/UseTheChapterTest.java", """
                package exercises.usethechapter;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import fixture.chapter.Greeting;
                import java.nio.charset.StandardCharsets;
                import java.nio.file.Path;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.Timeout;

                @Timeout(30)
                class UseTheChapterTest {
                    @Test
                    void greetsInThisJvm() {
                        assertEquals(Greeting.text(), UseTheChapter.greet());
                    }

                    /** As chapter 03's process pools do: a worker JVM started with this JVM's class path. */
                    @Test
                    void greetsInAWorkerJvm() throws Exception {
                        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                        var worker = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Worker.class.getName())
                                .redirectErrorStream(true).start();
                        var printed = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                        assertEquals(0, worker.waitFor(), "the worker JVM failed: " + printed);
                        assertEquals(Greeting.text(), printed, "what the worker JVM printed");
                    }
                }
                """);
        write(Workbook.TESTS, "exercises/usethechapter/Worker.java", """
                package exercises.usethechapter;

                class Worker {
                    public static void main(String[] args) {
                        System.out.print(UseTheChapter.greet());
                    }
                }
                """);
    }

    private void write(String side, String path, String text) throws IOException {
        var file = root.resolve(side).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String pkg(String name) {
        return name.replace("-", "");
    }

    /** first-steps -> FirstSteps */
    static String type(String name) {
        var result = new StringBuilder();
        for (var word : List.of(name.split("-"))) result.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        return result.toString();
    }
}
