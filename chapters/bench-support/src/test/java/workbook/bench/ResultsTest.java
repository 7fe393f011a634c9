package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ResultsTest {

    @Test
    void writesTheTableMakingItsFolder(@TempDir Path dir) throws Exception {
        var file = dir.resolve("results/table.adoc");
        Results.write(file, "|===\n|a |1\n|===\n");
        assertThat(Files.readString(file)).isEqualTo("|===\n|a |1\n|===\n");
    }
}
