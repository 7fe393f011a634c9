package exercises.support;

import workbook.ch03.WorkerTask;
import workbook.testkit.ProcessGate;

/**
 * The worker task the process-pool exercises hand out: argument "&lt;index&gt; &lt;lines&gt; &lt;gate port&gt; &lt;held&gt;".
 * It reports its start to the test's {@link ProcessGate}, prints numbered lines, and, if held, waits for the
 * gate before it returns.
 */
public final class GatedLines implements WorkerTask {
    @Override
    public String run(String argument) throws Exception {
        var f = argument.split(" ");
        int index = Integer.parseInt(f[0]);
        int lines = Integer.parseInt(f[1]);
        for (int i = 0; i < lines; i++) System.out.println("task" + index + " " + i);
        ProcessGate.check(Integer.parseInt(f[2]), index, Boolean.parseBoolean(f[3]));
        return "task" + index + " done";
    }

    static String argument(int index, int lines, ProcessGate gate, boolean held) {
        return index + " " + lines + " " + gate.port() + " " + held;
    }
}
