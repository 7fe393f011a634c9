package workbook.ch03;

/** A test task that reads System.in: in a worker it is empty, so it returns what read() gave at once, -1. */
public final class ReadsStdin implements WorkerTask {
    @Override
    public String run(String argument) throws Exception {
        return Integer.toString(System.in.read());
    }
}
