package workbook.ch03;

/** A test task that ends its worker JVM at once with the given status, as a native crash would. */
public final class Crash implements WorkerTask {
    @Override
    public String run(String status) {
        Runtime.getRuntime().halt(Integer.parseInt(status));
        return "unreachable";
    }
}
