package workbook.ch03;

/** The worker process died while it ran the task (or before it could answer). The pool starts a new worker. */
public final class WorkerCrashedException extends Exception {
    private final int exitCode;

    WorkerCrashedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The worker's exit status: 128 + n for a JVM killed by signal n (137 for SIGKILL), -1 if unknown. */
    public int exitCode() {
        return exitCode;
    }
}
