package workbook.ch03;

/**
 * The seed's task as a worker task: the argument is {@code "<name> <lines>"}; it prints that many numbered
 * lines and returns how many it printed. In a worker, the printing is captured and returned to the pool.
 */
// tag::task[]
public final class PrintLines implements WorkerTask {
    @Override
    public String run(String argument) {
        var parts = argument.split(" ");
        String name = parts[0];
        int lines = Integer.parseInt(parts[1]);
        for (int i = 0; i < lines; i++) {
            System.out.println(name + " " + i);
        }
        return Integer.toString(lines);
    }
}
// end::task[]
