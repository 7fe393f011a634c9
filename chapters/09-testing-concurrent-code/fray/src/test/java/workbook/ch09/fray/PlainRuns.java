package workbook.ch09.fray;

import java.util.LinkedHashMap;
import java.util.Map;
import workbook.ch09.SeedProgram;

/**
 * The programs that only the Fray tests run, run here on an ordinary JVM without Fray, through the same plain
 * assertion, so that fray/run can say what they do when nobody controls the schedule. Not a test: fray/run starts it.
 */
final class PlainRuns {

    private PlainRuns() {}

    public static void main(String[] args) throws InterruptedException {
        int runs = Integer.parseInt(args[0]);
        var programs = new LinkedHashMap<String, SeedProgram>();
        programs.put("sleepsLongEnough", FrayOnlyPrograms::sleepsLongEnough);
        programs.put("closesAVirtualThreadExecutor", FrayOnlyPrograms::closesAVirtualThreadExecutor);
        programs.put("runsTasksOverHttp", FrayOnlyPrograms::runsTasksOverHttp);
        for (Map.Entry<String, SeedProgram> p : programs.entrySet()) {
            int passed = 0;
            long start = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                try {
                    SeedContract.finalLineComesLast(p.getValue());
                    passed++;
                } catch (AssertionError e) {
                    // a final line too early: counted as not passed
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-32s passed %d of %d runs in %d ms%n", p.getKey(), passed, runs, millis);
        }
    }
}
