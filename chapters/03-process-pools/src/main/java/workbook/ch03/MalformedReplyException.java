package workbook.ch03;

/**
 * The worker wrote something on its stdout that is not a reply to the task it was given. The pool cannot
 * trust that worker any more: it kills it and starts a new one.
 */
public final class MalformedReplyException extends Exception {
    MalformedReplyException(String message) {
        super(message);
    }
}
