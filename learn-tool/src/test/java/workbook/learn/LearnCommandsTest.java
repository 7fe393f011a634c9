package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot commands, each test on a fresh workbook of three fixture exercises. */
@Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LearnCommandsTest {

    @TempDir
    Path dir;
    TempWorkbook wb;

    @BeforeEach
    void writeTheWorkbook() throws IOException {
        wb = new TempWorkbook(dir, "first-steps", "second-steps", "third-steps");
    }

    private record Run(int code, String out) {}

    private Run answering(String input, String... args) {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = Main.run(wb.root, args, out, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private Run learn(String... args) {
        return answering("", args);
    }

    @Test
    void checkOnTheUntouchedStubSaysNotStartedWithTheStubsMessageWithoutRunningTheTests() {
        var r = learn("check", "first-steps");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("NOT STARTED first-steps: your stub is as it was")
                .contains("Not started yet: make answer() return 42.", "Edit exercises/src/main/java/exercises/firststeps/FirstSteps.java",
                        "Stuck? ./learn hint first-steps")
                .doesNotContain("answersFortyTwo", "\tat ");
    }

    @Test
    void checkOnAnEditedStubThatStillThrowsRunsTheTestsAndShowsTheStubsMessageOnce() throws IOException {
        Files.writeString(wb.stub("first-steps"), Files.readString(wb.stub("first-steps")) + "\n// thinking...\n");
        var r = learn("check", "first-steps");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("NOT STARTED first-steps: 2 of 2 tests fail")
                .contains("  x answersFortyTwo()", "  x answersTheSameTwice()", "Not started yet: make answer() return 42.",
                        "Stuck? ./learn hint first-steps")
                .doesNotContain("\tat ");
        assertThat(r.out().split("Not started yet", -1)).as("one message for the two tests failing alike").hasSize(2);
    }

    @Test
    void checkByNumberOnASolvedExercisePassesAndNamesTheNextOneNotDone() throws IOException {
        wb.solve("second-steps");
        var r = learn("check", "2");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("PASSED second-steps: 2 of 2 tests pass")
                .contains("Next: ./learn check third-steps   (./learn hint third-steps if you are stuck)");
    }

    @Test
    void checkingTheLastOneSaysEveryExercisePasses() throws IOException {
        for (var name : List.of("first-steps", "second-steps", "third-steps")) wb.solve(name);
        assertThat(learn("check", "ThirdSteps").out()).contains("That was the last one: every exercise passes.");
    }

    @Test
    void checkOnAWrongAnswerShowsOnlyTheTeachingMessageAndVerboseAddsTheStackTrace() throws IOException {
        wb.makeMistake("first-steps");
        var r = learn("check", "firststeps");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING first-steps: 1 of 2 tests fail")
                .contains("  x answersFortyTwo()", "answer() must return 42; read section #fixture.", "expected: <42> but was: <41>")
                .doesNotContain("answersTheSameTwice", "\tat ");
        assertThat(learn("check", "first-steps", "--verbose").out()).contains("\tat ");
    }

    /** Before the book is built, the link in a teaching message points at the chapter's source, at the section's line. */
    @Test
    void aLinkToTheBookPointsAtTheChapterSourceBeforeTheBookIsBuilt() throws IOException {
        Files.writeString(wb.root.resolve(Workbook.TESTS).resolve("exercises/support/Fixture.java"), """
                package exercises.support;

                public final class Fixture {
                    public static final String READ = "read section Fixture (docs/target/generated-docs/01-fixture.html#fixture).";
                }
                """);
        Files.createDirectories(wb.root.resolve("chapters/01-fixture"));
        Files.writeString(wb.root.resolve("chapters/01-fixture/chapter.adoc"), "= Fixture\n\n[#fixture]\n== Fixture\n");
        wb.makeMistake("first-steps");
        assertThat(learn("check", "first-steps").out()).contains("read section Fixture (chapters/01-fixture/chapter.adoc:3).");
    }

    @Test
    void checkOnCodeThatDoesNotCompileShowsTheCompilerErrorsWithFileAndLine() throws IOException {
        wb.breakCompile("first-steps");
        var r = learn("check", "first-steps");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("DOES NOT COMPILE first-steps")
                .contains("exercises/src/main/java/exercises/firststeps/FirstSteps.java:");
    }

    @Test
    void listShowsEachStateWithItsChapterAndMarksTheNextOne() throws IOException {
        assertThat(learn("list").out())
                .containsPattern(">\\s+1\\s+first-steps\\s+01-fixture\\s+not started\\s+<- next")
                .contains("0 of 3 done", "Next: ./learn check first-steps");
        wb.solve("first-steps");
        wb.makeMistake("third-steps");
        assertThat(learn("list").out())
                .containsPattern(" 1\\s+first-steps\\s+01-fixture\\s+done\\n")
                .containsPattern(">\\s+2\\s+second-steps\\s+01-fixture\\s+not started\\s+<- next")
                .containsPattern(" 3\\s+third-steps\\s+01-fixture\\s+failing\\n")
                .contains("1 of 3 done");
        for (var name : List.of("second-steps", "third-steps")) wb.solve(name);
        assertThat(learn("list").out()).contains("3 of 3 done. Every exercise passes").doesNotContain("<- next");
    }

    @Test
    void anEditedStubThatStillThrowsItsExceptionIsNotStarted() throws IOException {
        learn("list");
        Files.writeString(wb.stub("first-steps"), Files.readString(wb.stub("first-steps")) + "\n// thinking...\n");
        assertThat(learn("list").out()).containsPattern(" 1\\s+first-steps\\s+01-fixture\\s+not started");
    }

    @Test
    void hintComesFromTheCatalog() {
        var r = learn("hint", "third-steps");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("""
                Hint for third-steps (chapter 01-fixture, section #fixture-third-steps):
                  Return 42 from answer() in third-steps.
                  The second line of the hint.
                """);
    }

    @Test
    void hintSaysWhereToReadTheSectionBeforeTheBookIsBuilt() throws IOException {
        Files.createDirectories(wb.root.resolve("chapters/01-fixture"));
        Files.writeString(wb.root.resolve("chapters/01-fixture/chapter.adoc"), "= Fixture\n\n[#fixture-third-steps]\n== Third steps\n");
        assertThat(learn("hint", "third-steps").out()).endsWith("  The second line of the hint.\n  Read: chapters/01-fixture/chapter.adoc:3\n");
    }

    @Test
    void anUnknownNameSuggestsTheClosestOnesAndAWrongNumberSaysTheRange() {
        assertThatThrownBy(() -> learn("check", "frist-step"))
                .isInstanceOf(Workbook.LearnerError.class)
                .hasMessageContaining("No exercise is called 'frist-step'. Did you mean: first-steps");
        assertThatThrownBy(() -> learn("hint", "7")).hasMessageContaining("numbered 1 to 3");
        assertThatThrownBy(() -> learn("check")).hasMessageContaining("Say which exercise");
    }

    @Test
    void aUniqueStartOfANameIsEnough() {
        assertThat(learn("hint", "sec").out()).startsWith("Hint for second-steps");
    }

    @Test
    void resetAsksFirstAndOnlyYesPutsTheStubBack() throws IOException {
        var pristine = Files.readString(wb.stub("first-steps"));
        assertThat(learn("reset", "first-steps").out()).contains("already as it was");
        wb.solve("first-steps");
        var solved = Files.readString(wb.stub("first-steps"));

        var no = answering("n\n", "reset", "first-steps");
        assertThat(no.out()).contains("exercises/src/main/java/exercises/firststeps/ back as it was?", "[y/N]", "Not reset");
        assertThat(no.code()).isEqualTo(1);
        assertThat(Files.readString(wb.stub("first-steps"))).isEqualTo(solved);

        assertThat(answering("", "reset", "first-steps").code()).as("no answer means no").isEqualTo(1);
        assertThat(Files.readString(wb.stub("first-steps"))).isEqualTo(solved);

        var yes = answering("yes\n", "reset", "1");
        assertThat(yes.code()).isEqualTo(0);
        assertThat(yes.out()).contains("Reset first-steps to its stub. Your version is kept in .learn/reset/first-steps/");
        assertThat(Files.readString(wb.stub("first-steps"))).isEqualTo(pristine);
        var kept = yes.out().replaceAll("(?s).*Your version is kept in (\\S+)/.*", "$1");
        assertThat(wb.root.resolve(kept).resolve("FirstSteps.java")).hasContent(solved);
        assertThat(learn("list").out()).containsPattern(" 1\\s+first-steps\\s+01-fixture\\s+not started");
    }

    /** A copy without git, where ./learn has not run yet: its first command, whatever it is, keeps every stub. */
    @Test
    void withoutGitTheFirstCommandKeepsEveryStubSoALaterResetPutsItBack() throws IOException {
        deleteTree(wb.root.resolve(".learn"));
        var pristine = Files.readString(wb.stub("third-steps"));
        assertThat(learn("hint", "first-steps").code()).isZero(); // the learner's first command: not about third-steps
        wb.solve("third-steps");
        var r = answering("y\n", "reset", "third-steps");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(Files.readString(wb.stub("third-steps"))).isEqualTo(pristine);
    }

    /** In a git checkout the stubs kept are the committed ones, even when the learner edited them before ./learn ran. */
    @Test
    void inAGitCheckoutResetPutsBackTheCommittedStub() throws Exception {
        deleteTree(wb.root.resolve(".learn"));
        var committed = Files.readString(wb.stub("first-steps"));
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=learner", "-c", "user.email=learner@example.org", "commit", "-q", "-m", "the workbook");
        wb.solve("first-steps"); // before any ./learn command
        var r = answering("y\n", "reset", "first-steps");
        assertThat(r.out()).contains("Reset first-steps to its stub.");
        assertThat(Files.readString(wb.stub("first-steps"))).isEqualTo(committed);
    }

    private void git(String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of("git", "-C", wb.root.toString()));
        command.addAll(List.of(args));
        var p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var all = Files.walk(p)) {
            for (var f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    /**
     * A workbook ./learn cannot write its files in gets one sentence, not a stack trace. (Made here by a file where
     * the .learn folder should be: permissions would not stop a test run as root.)
     */
    @Test
    void aFolderTheToolCannotWriteToIsOneSentence() throws IOException {
        deleteTree(wb.root.resolve(".learn"));
        Files.writeString(wb.root.resolve(".learn"), "not a folder");
        var bytes = new ByteArrayOutputStream();
        int code = Main.explained(wb.root, new String[] {"list"}, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        var out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(out).startsWith("Cannot write " + wb.root.resolve(".learn"))
                .contains("the workbook must be in a folder you can write to.")
                .doesNotContain("\tat ", "Exception");
        assertThat(out.strip().lines()).hasSize(1);
    }

    @Test
    void qQuitsWatchWithExitCodeZero() {
        var r = answering("q\n", "watch", "first-steps"); // q may come before or after the first check: 0 either way
        assertThat(r.code()).as(r.out()).isZero();
    }

    @Test
    void resetKeepsTheLearnersExtraFilesAndSaysSo() throws IOException {
        learn("list"); // the tool meets the exercises: their stubs are kept as the pristine ones
        var extra = wb.stub("first-steps").resolveSibling("Helper.java");
        Files.writeString(extra, "package exercises.firststeps;\nclass Helper {}\n");
        var r = answering("y\n", "reset", "first-steps");
        assertThat(r.out()).contains("kept exercises/src/main/java/exercises/firststeps/Helper.java");
        assertThat(extra).exists();
    }

    @Test
    void extraArgumentsAreRefusedWithOneSentence() {
        assertThatThrownBy(() -> learn("check", "first-steps", "second-steps"))
                .hasMessageContaining("./learn check takes one exercise, but was given 2: first-steps second-steps");
        assertThatThrownBy(() -> learn("list", "first-steps")).hasMessageContaining("./learn list takes no exercise");
        assertThatThrownBy(() -> learn("watch", "first-steps", "2")).hasMessageContaining("./learn watch takes one exercise, but was given 2");
        assertThatThrownBy(() -> learn("check", "--fast", "first-steps")).hasMessageContaining("Unknown option --fast");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(learn().out()).contains("./learn list", "./learn check", "./learn hint", "./learn reset", "./learn watch", "--poll");
        assertThat(learn("--help").out()).isEqualTo(Main.USAGE);
        assertThatThrownBy(() -> learn("frobnicate")).hasMessageContaining("Unknown command 'frobnicate'");
    }
}
