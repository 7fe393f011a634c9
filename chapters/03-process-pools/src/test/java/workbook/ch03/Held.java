package workbook.ch03;

import workbook.testkit.ProcessGate;

/** A test task that runs until the {@link ProcessGate} on the given port is opened (or goes away). */
public final class Held implements WorkerTask {
    @Override
    public String run(String port) throws Exception {
        return ProcessGate.check(Integer.parseInt(port), 0, true) ? "released by go" : "released by the gate going away";
    }
}
