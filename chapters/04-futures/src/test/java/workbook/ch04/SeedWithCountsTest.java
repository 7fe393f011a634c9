package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SeedWithCountsTest {

    @Test
    void theSummaryAndTheFinalLineComeAfterEveryTasksLines() throws Exception {
        var out = new Lines();

        SeedWithCounts.run(10, 3, 4, out);

        var lines = out.all();
        assertThat(lines).hasSize(10 * 3 + 2);
        assertThat(lines.subList(0, 30)).allMatch(l -> l.matches("task\\d \\d"));
        assertThat(lines.subList(30, 32)).containsExactly("10 tasks printed 30 lines", "123");
    }

    @Test
    void badArgumentsGetAClearError() {
        assertThatThrownBy(() -> SeedWithCounts.main(new String[] {"3", "2", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("every number must be at least 1, got 0");
    }
}
