package workbook.ch09;

import java.util.List;

/**
 * The deterministic test of the seed's contract, as one story: start the program with one task held at a gate, wait
 * until every other task has ended and the program waits (or has returned), look at what it printed, open the gate,
 * and check. It needs no clock: a final line printed while the gate was shut was printed too early, on every run.
 */
public final class FinalLineCheck {

    private FinalLineCheck() {}

    /**
     * What one check saw: the final lines with the unfinished count at each, the tasks that had not run exactly once
     * when the program returned (a program that returns early may still run some later: its early final line is the
     * verdict then), and what the program threw.
     */
    public record Outcome(List<RecordingOut.Line> finalLines, List<String> notRunExactlyOnce, Throwable thrown) {

        /** The contract: one final line, printed when no task was unfinished, and every task run once. */
        public boolean kept() {
            return finalLines.size() == 1 && finalLines.getFirst().unfinishedTasks() == 0
                    && notRunExactlyOnce.isEmpty() && thrown == null;
        }

        /** After an interrupt: no final line was printed while the held task was unfinished, and nothing else thrown. */
        public boolean stoppedOrWaited() {
            return !printedEarly() && notRunExactlyOnce.isEmpty() && thrown == null;
        }

        /** A final line printed while some task was unfinished. */
        public boolean printedEarly() {
            return finalLines.stream().anyMatch(l -> l.unfinishedTasks() > 0);
        }
    }

    // tag::check[]
    public static Outcome check(SeedProgram program, int taskCount, int held)
            throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(taskCount, 2, held, out);
        out.countUnfinishedWith(tasks::unfinished);

        var caller = Caller.start(() -> program.run(tasks.list(), out)); // start
        try {
            var ended = tasks.awaitTheOthersEnded(caller.thread());        // hold
            Watch.awaitWaitingOrEnded(caller.thread(), ended);             // look
        } finally {
            tasks.open();                                                  // release, whatever happened
        }
        caller.join();

        return new Outcome(out.linesEqualTo(SeedProgram.FINAL_LINE),       // assert
                tasks.notRunExactlyOnce(), caller.thrown());
    }
    // end::check[]

    // tag::interrupt[]
    /**
     * The same story, but the test interrupts the program while it waits for the held task, and
     * looks again only once the program has reacted: it has ended, or it waits again (its waited
     * count went up). Only then is the gate opened.
     */
    public static Outcome checkInterrupted(SeedProgram program, int taskCount, int held)
            throws InterruptedException {
        var out = RecordingOut.create();
        var tasks = new HeldTasks(taskCount, 2, held, out);
        out.countUnfinishedWith(tasks::unfinished);

        var caller = Caller.start(() -> program.run(tasks.list(), out));
        try {
            var ended = tasks.awaitTheOthersEnded(caller.thread());
            Watch.awaitWaitingOrEnded(caller.thread(), ended);
            long waited = Watch.waitedCount(caller.thread());
            caller.thread().interrupt();                             // "stop waiting"
            Watch.awaitWaitingAgainOrEnded(caller.thread(), waited); // it stopped, or waits again
        } finally {
            tasks.open();
        }
        caller.join();

        // stopping with an InterruptedException is what the contract asks
        var thrown = caller.thrown() instanceof InterruptedException ? null : caller.thrown();
        return new Outcome(out.linesEqualTo(SeedProgram.FINAL_LINE), tasks.notRunExactlyOnce(), thrown);
    }
    // end::interrupt[]
}
