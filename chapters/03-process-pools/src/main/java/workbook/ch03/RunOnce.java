package workbook.ch03;

/**
 * The main class of a one-shot process: {@code java -cp ... workbook.ch03.RunOnce <task class> <argument>}.
 * Runs one {@link WorkerTask} (its printing goes straight to stdout) and exits: status 0 if it returned,
 * 1 if it threw. Used by {@link ProcessPerTask}.
 */
public final class RunOnce {

    private RunOnce() {}

    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName(args[0], false, RunOnce.class.getClassLoader());
        if (!WorkerTask.class.isAssignableFrom(c)) {
            System.err.println(args[0] + " is not a " + WorkerTask.class.getName());
            System.exit(2);
        }
        try {
            ((WorkerTask) c.getDeclaredConstructor().newInstance()).run(args.length > 1 ? args[1] : "");
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
    }
}
