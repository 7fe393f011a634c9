package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class ReportFileTest {

    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theReportReplacesAnOlderRegularFileAndLeavesNoTemporaryFile() throws Exception {
        var csv = dir.resolve("catalogue.csv");
        Files.writeString(csv, "old report\n");
        ReportFile.write(csv, List.of("a", "b"));
        assertThat(Files.readAllLines(csv)).containsExactly("a", "b");
        assertThat(filesIn(dir)).containsExactly("catalogue.csv");
    }

    @Test
    void aDirectoryUnderTheReportsNameIsNeverReplaced() throws Exception {
        var target = Files.createDirectory(dir.resolve("catalogue.csv"));
        assertThatThrownBy(() -> ReportFile.write(target, List.of("a")))
                .isInstanceOf(ReportFile.NotWritable.class)
                .hasMessage("Cannot write the report to " + target + ": it is a directory, not a regular file, and the report replaces only a regular file.");
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(filesIn(dir)).containsExactly("catalogue.csv");               // no .tmp left behind
    }

    @Test
    void aSpecialFileUnderTheReportsNameIsNeverReplaced() throws Exception {
        var fifo = dir.resolve("catalogue.csv");             // a named pipe stands in for a device: as special, but harmless
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0, "needs mkfifo");
        assertThatThrownBy(() -> ReportFile.write(fifo, List.of("a")))
                .isInstanceOf(ReportFile.NotWritable.class).hasMessageContaining("not a regular file");
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("the pipe was replaced by the report").isFalse();
        assertThat(filesIn(dir)).containsExactly("catalogue.csv");
    }

    @Test
    void aMissingFolderIsSaidInOneSentenceAndNotCreated() throws Exception {
        var target = dir.resolve("missing").resolve("catalogue.csv");
        assertThatThrownBy(() -> ReportFile.write(target, List.of("a")))
                .isInstanceOf(ReportFile.NotWritable.class)
                .hasMessage("Cannot write the report to " + target + ": the folder " + dir.resolve("missing") + " does not exist.");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void theExampleChecksThePlaceBeforeItDownloadsAnything() throws Exception {
        var target = Files.createDirectory(dir.resolve("catalogue.csv"));
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> DownloadCatalogue.run("sequential", DownloadCatalogue.SETTINGS, target,
                new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isInstanceOf(ReportFile.NotWritable.class).hasMessageContaining("is a directory");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("printed before failing: nothing was downloaded").isEmpty();
        assertThat(filesIn(dir)).containsExactly("catalogue.csv");
    }

    @Test
    void theProgramSaysWhatIsWrongInOneLineWithoutAStackTrace() throws Exception {
        var target = Files.createDirectory(dir.resolve("catalogue.csv"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var program = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DownloadCatalogue.class.getName(), "sequential", "20", target.toString()).start();
        program.getOutputStream().close();
        var stdout = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(program.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(program.waitFor()).isEqualTo(2);
        assertThat(stderr.lines().toList()).singleElement().asString().contains("is a directory").doesNotContain("Exception");
        assertThat(stdout).isEmpty();
        assertThat(filesIn(dir)).containsExactly("catalogue.csv");
    }
}
