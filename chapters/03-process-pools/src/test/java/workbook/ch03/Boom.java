package workbook.ch03;

/** A test task that prints a line and throws. */
public final class Boom implements WorkerTask {
    @Override
    public String run(String argument) {
        System.out.println("about to fail");
        throw new IllegalStateException("boom: " + argument);
    }
}
