package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MachineTest {

    @Test
    void namesTheCoresAndTheJdk() {
        assertThat(Machine.description())
                .contains(Runtime.getRuntime().availableProcessors() + " cores")
                .contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void theSentenceNamesTheCommandToRerun() {
        assertThat(Machine.measuredWith("./mvnw -q -pl chapters/x exec:exec -Dexample=y"))
                .startsWith("Measured on ")
                .contains("`./mvnw -q -pl chapters/x exec:exec -Dexample=y`.");
    }
}
