package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JShellRunTest {

    @TempDir
    Path dir;

    /** What the script printed, captured as the book's run captures it. */
    private String run(String script) throws Exception {
        Path file = dir.resolve("play.jsh");
        Files.writeString(file, script);
        Path out = dir.resolve("out.txt");
        try (var jshell = JShellRun.open()) {
            InProcessRun.capture("the test script", () -> jshell.run(file), out, "(no remedy)");
        }
        return Files.readString(out);
    }

    @Test
    void runsEverySnippetOnTheCallingThreadUpToExit() throws Exception {
        var printed = run("""
                // a comment, then an import and a statement over two lines
                import java.util.concurrent.*;
                /* a block comment */
                int sum = 0;
                for (int i = 1; i <= 3; i++)
                    sum += i;
                System.out.println("sum " + sum + " on " + Thread.currentThread().getName());
                /exit
                System.out.println("after /exit: not run");
                """);
        assertThat(printed).isEqualTo("sum 6 on " + Thread.currentThread().getName() + System.lineSeparator());
    }

    @Test
    void aSnippetThatDoesNotCompileEndsTheRunNamingIt() {
        assertThatThrownBy(() -> run("int x = \"text\";\n"))
                .hasMessageContaining("does not compile").hasMessageContaining("int x = \"text\";");
    }

    @Test
    void aSnippetThatThrowsEndsTheRunNamingIt() {
        assertThatThrownBy(() -> run("System.out.println(\"before\");\nInteger.parseInt(\"not a number\");\n"))
                .hasMessageContaining("threw").hasMessageContaining("Integer.parseInt");
    }

    @Test
    void aCommandOtherThanExitIsRefused() {
        assertThatThrownBy(() -> run("/list\n")).hasMessageContaining("knows only /exit");
    }

    @Test
    void leadingCommentsAndBlanksAreSkipped() {
        assertThat(JShellRun.withoutLeadingComments("  // one\n/* two */\n  code();")).isEqualTo("code();");
        assertThat(JShellRun.withoutLeadingComments("// only a comment")).isEmpty();
    }
}
