package exercises.catchtheearlyprint;

import org.junit.jupiter.api.Test;
import workbook.ch09.SeedProgram;
import workbook.ch09.Subjects;

/**
 * Exercise catch-the-early-print (chapter 09, testing concurrent code): here YOU write the tests. The code under
 * test is a {@link SeedProgram}: it runs every task and prints the final line "123" once, after every task has
 * finished; interrupted while it waits, it prints no final line (it throws InterruptedException, or restores the
 * interrupt and returns).
 *
 * <p>Get the program under test from {@link Subjects#seedProgram()} in each test. Run as they are (in your IDE),
 * your tests meet the right program of chapter 09. {@code ./learn check catch-the-early-print} runs them against
 * several right programs, written in different ways, which they must all pass, and several wrong ones, each of
 * which some test of yours must fail, on every run.
 *
 * <p>Use chapter 09's library (workbook.ch09: HeldTasks, Caller, Watch, RecordingOut, FinalLineCheck): hold tasks
 * at a gate your test owns, never sleep (the check turns down tests that call Thread.sleep). A test may take 10
 * seconds against right code and 2 against wrong code, whose waits may never end (leave @Timeout out: the check
 * sets these).
 *
 * <pre>
 *   ./learn check catch-the-early-print   run the judge: your tests against right and wrong implementations
 *   ./learn hint catch-the-early-print    stuck? a hint
 *   ./learn watch                         re-check on every save, then go on to the next exercise
 *   ./learn reset catch-the-early-print   put this stub back as it was (asks first)
 *   ./mvnw -q -pl exercises -am test -Dtest=CatchTheEarlyPrintTest      the same check with plain Maven
 * </pre>
 */
class CatchTheEarlyPrint {

    @Test
    void theFinalLineComesAfterEveryTask() {
        SeedProgram program = Subjects.seedProgram();
        throw new UnsupportedOperationException(
                "Write your tests of the SeedProgram in CatchTheEarlyPrint (see chapter 09, \"You write the test\"), then delete this line.");
    }
}
