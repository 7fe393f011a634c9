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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot commands, each on a fresh copy of the exercises. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LearnCommandsTest {

    @TempDir
    Path dir;
    TempWorkbook wb;

    @BeforeEach
    void copyTheExercises() throws IOException {
        wb = new TempWorkbook(dir);
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
    void checkOnTheUntouchedStubSaysNotStartedWithTheStubsMessageOnly() {
        var r = learn("check", "join-every-thread");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("NOT STARTED join-every-thread: 4 of 4 tests fail")
                .contains("  x printsTheFinalLineOnlyAfterEveryThreadFinished()",
                        "Not started yet: start one Thread per task", "Stuck? ./learn hint join-every-thread")
                .doesNotContain("\tat ", "Exception");
        assertThat(r.out().split("Not started yet", -1)).as("one message for the four tests failing alike").hasSize(2);
    }

    @Test
    void checkOnTheReferenceSolutionPasses() throws IOException {
        wb.solve();
        var r = learn("check", "1");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("PASSED join-every-thread: 4 of 4 tests pass").contains("every exercise passes");
    }

    @Test
    void checkOnAWrongSolutionShowsTheTeachingMessageAndVerboseAddsTheStackTrace() throws IOException {
        wb.makeMistake("no-join");
        var r = learn("check", "JoinEveryThread");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAILING join-every-thread").contains("was printed while").doesNotContain("\tat ");
        assertThat(learn("check", "join-every-thread", "--verbose").out()).contains("\tat ");
    }

    @Test
    void checkOnCodeThatDoesNotCompileShowsTheCompilerErrorsWithFileAndLine() throws IOException {
        Files.writeString(wb.stub(), Files.readString(wb.stub()).replace("throw new", "thro new"));
        var r = learn("check", "join-every-thread");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("DOES NOT COMPILE join-every-thread")
                .contains("exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java:");
    }

    @Test
    void listShowsNotStartedThenDoneThenFailingWithTheChapterAndTheNextOneMarked() throws IOException {
        assertThat(learn("list").out()).containsPattern(">\\s+1\\s+join-every-thread\\s+01-threads-by-hand\\s+not started\\s+<- next")
                .contains("0 of 1 done");
        wb.solve();
        assertThat(learn("list").out()).containsPattern(" 1\\s+join-every-thread\\s+01-threads-by-hand\\s+done").contains("1 of 1 done");
        wb.makeMistake("join-only-the-last");
        assertThat(learn("list").out()).containsPattern(">\\s+1\\s+join-every-thread\\s+01-threads-by-hand\\s+failing\\s+<- next");
    }

    @Test
    void anEditedStubThatStillThrowsItsExceptionIsNotStarted() throws IOException {
        learn("list");
        Files.writeString(wb.stub(), Files.readString(wb.stub()) + "\n// thinking...\n");
        assertThat(learn("list").out()).contains("not started");
    }

    @Test
    void hintComesFromTheCatalog() {
        var r = learn("hint", "join-every-thread");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("chapter 01-threads-by-hand", "Two loops.", "Starting and joining in the same loop");
    }

    @Test
    void anUnknownNameSuggestsTheClosestOnes() {
        assertThatThrownBy(() -> learn("check", "join-evry-thred"))
                .isInstanceOf(Workbook.LearnerError.class)
                .hasMessageContaining("No exercise is called 'join-evry-thred'. Did you mean: join-every-thread?");
        assertThatThrownBy(() -> learn("hint", "7")).hasMessageContaining("numbered 1 to 1");
    }

    @Test
    void resetAsksFirstAndNoKeepsTheLearnersWork() throws IOException {
        var pristine = Files.readString(wb.stub());
        learn("list"); // the tool meets the exercise: its stub is kept as the pristine one
        wb.solve();
        var solved = Files.readString(wb.stub());

        var no = answering("n\n", "reset", "join-every-thread");
        assertThat(no.out()).contains("[y/N]", "Not reset");
        assertThat(no.code()).isEqualTo(1);
        assertThat(Files.readString(wb.stub())).isEqualTo(solved);

        assertThat(answering("", "reset", "join-every-thread").code()).as("no answer means no").isEqualTo(1);
        assertThat(Files.readString(wb.stub())).isEqualTo(solved);

        var yes = answering("y\n", "reset", "join-every-thread");
        assertThat(yes.code()).isEqualTo(0);
        assertThat(yes.out()).contains("Reset join-every-thread");
        assertThat(Files.readString(wb.stub())).isEqualTo(pristine);
        assertThat(learn("list").out()).contains("not started");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(learn().out()).contains("./learn list", "./learn check", "./learn hint", "./learn reset", "./learn watch",
                "./mvnw -q -pl exercises test -Dtest=JoinEveryThreadTest");
    }
}
