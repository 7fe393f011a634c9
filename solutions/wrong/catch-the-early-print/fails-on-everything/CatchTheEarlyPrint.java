package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import workbook.ch09.FinalLineCheck;
import workbook.ch09.Subjects;

// Expect: Your tests failed a right implementation
// Expect: proves nothing
/** Wrong on purpose: a test that fails on every program catches every wrong one, and proves nothing. */
class CatchTheEarlyPrint {

    @Test
    void nothingIsGoodEnough() throws InterruptedException {
        var outcome = FinalLineCheck.check(Subjects.seedProgram(), 10, 0);
        assertThat(outcome.finalLines()).as("final lines").isEmpty();
    }
}
