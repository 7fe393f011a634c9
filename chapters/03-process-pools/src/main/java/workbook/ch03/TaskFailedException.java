package workbook.ch03;

/**
 * The task threw in its worker. The worker is fine and goes on with the next task. The message ends with the
 * remote exception's {@code toString()}; its whole stack trace, as printed in the worker, is attached as a
 * suppressed {@link RemoteStackTrace} (so it shows under this exception's own trace) and is in {@link #remoteStackTrace()}.
 */
public final class TaskFailedException extends Exception {
    private final String printed;
    private final String remoteStackTrace;

    TaskFailedException(String message, String printed, String remoteStackTrace) {
        super(message);
        this.printed = printed;
        this.remoteStackTrace = remoteStackTrace;
        if (!remoteStackTrace.isEmpty()) addSuppressed(new RemoteStackTrace(remoteStackTrace));
    }

    /** What the task printed before it threw. */
    public String printed() {
        return printed;
    }

    /** The task's exception with its stack trace, as the worker printed it (the text of printStackTrace). */
    public String remoteStackTrace() {
        return remoteStackTrace;
    }

    /** Carries the worker's stack trace text; it has no stack of its own in this JVM. */
    public static final class RemoteStackTrace extends Exception {
        RemoteStackTrace(String text) {
            super("in the worker:\n" + text.stripTrailing(), null, false, false);
        }
    }
}
