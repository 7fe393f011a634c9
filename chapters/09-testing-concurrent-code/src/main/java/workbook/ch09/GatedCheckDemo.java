package workbook.ch09;

import java.util.List;
import java.util.concurrent.Executors;

/**
 * Runs the chapter's checks once on each program and prints what each saw: a quick look at the techniques at work.
 *
 * <pre>./mvnw -q -pl chapters/09-testing-concurrent-code exec:exec -Dexample=gated-check</pre>
 */
public final class GatedCheckDemo {

    static final int TASKS = 4;

    private GatedCheckDemo() {}

    record Program(String name, SeedProgram program) {}

    public static void main(String[] args) throws InterruptedException {
        var programs = List.of(
                new Program("joinsEveryThread", SeedPrograms::joinsEveryThread),
                new Program("neverWaits", SeedPrograms::neverWaits),
                new Program("joinsAllButTheLast", SeedPrograms::joinsAllButTheLast),
                new Program("swallowsTheInterrupt", SeedPrograms::swallowsTheInterrupt));
        for (var p : programs) {
            for (int held : new int[] {0, TASKS - 1}) {
                System.out.println(p.name() + ", task" + held + " held: " + describe(FinalLineCheck.check(p.program(), TASKS, held)));
            }
            System.out.println(p.name() + ", interrupted: " + describe(FinalLineCheck.checkInterrupted(p.program(), TASKS, TASKS - 1)));
        }
        var timingOut = SeedPrograms.waitsOnceOnAPool(() -> new TimingOutPool(Executors.newFixedThreadPool(2), 25));
        System.out.println("waitsOnceOnAPool, its waits timing out: " + describe(FinalLineCheck.check(timingOut, TASKS, TASKS - 1)));
    }

    static String describe(FinalLineCheck.Outcome o) {
        if (o.thrown() != null) return "threw " + o.thrown();
        if (o.printedEarly()) return "final line with " + o.finalLines().getFirst().unfinishedTasks() + " task(s) unfinished";
        if (!o.notRunExactlyOnce().isEmpty()) return String.join(", ", o.notRunExactlyOnce());
        if (o.finalLines().isEmpty()) return "no final line";
        return o.finalLines().size() == 1 ? "final line after every task" : o.finalLines().size() + " final lines";
    }
}
