package workbook.ch03;

/** The task threw in its worker. The worker is fine and goes on with the next task. */
public final class TaskFailedException extends Exception {
    private final String printed;

    TaskFailedException(String message, String printed) {
        super(message);
        this.printed = printed;
    }

    /** What the task printed before it threw. */
    public String printed() {
        return printed;
    }
}
