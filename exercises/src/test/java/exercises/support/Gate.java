package exercises.support;

/** Something the test holds closed until the learner's thread really waits for it ({@link HeldRun}). */
public interface Gate {
    boolean isOpen();

    /** Lets the held work finish. Idempotent. */
    void open();
}
