package workbook.testkit;

/**
 * Something a test holds shut until it decides otherwise: work behind it cannot finish before {@link #open()}.
 * Never opened by the clock: a test opens it when it has seen what it waited for (a thread parked in a wait).
 */
public interface Gate {

    boolean isOpen();

    /** Lets the held work finish, now and whenever more arrives. Idempotent. */
    void open();
}
