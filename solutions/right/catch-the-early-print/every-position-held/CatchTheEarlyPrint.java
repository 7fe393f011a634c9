package exercises.catchtheearlyprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.ch09.FinalLineCheck;
import workbook.ch09.Subjects;

/** Right: every position held in turn, and every position interrupted. */
class CatchTheEarlyPrint {

    static IntStream positions() {
        return IntStream.range(0, 6);
    }

    @ParameterizedTest
    @MethodSource("positions")
    void keptWhateverTaskIsHeld(int held) throws InterruptedException {
        assertThat(FinalLineCheck.check(Subjects.seedProgram(), 6, held).kept()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("positions")
    void neverEarlyWhenInterrupted(int held) throws InterruptedException {
        assertThat(FinalLineCheck.checkInterrupted(Subjects.seedProgram(), 6, held).stoppedOrWaited()).isTrue();
    }
}
