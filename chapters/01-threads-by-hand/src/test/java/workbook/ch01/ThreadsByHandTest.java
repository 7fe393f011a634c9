package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadsByHandTest {

    @Test
    void everyThreadPrintsAllItsLinesAndTheFinalLineComesLast() throws InterruptedException {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        ThreadsByHand.runByHand(100, 50, out);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(100 * 50 + 1);
        assertThat(lines.getLast()).isEqualTo("123");
        for (int t = 0; t < 100; t++) {
            var name = "task" + t + " ";
            assertThat(lines.stream().filter(l -> l.startsWith(name)))
                    .as("lines of task%d, in its own order", t)
                    .containsExactly(java.util.stream.IntStream.range(0, 50).mapToObj(i -> name + i).toArray(String[]::new));
        }
    }
}
