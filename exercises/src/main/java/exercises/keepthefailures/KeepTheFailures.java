package exercises.keepthefailures;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

/**
 * Exercise keep-the-failures (chapter 07, downloading many pages): a failing page is an outcome, not a lost batch.
 *
 * <p>Check it:  {@code ./learn check keep-the-failures}    Stuck?  {@code ./learn hint keep-the-failures}
 * <br>(or: {@code ./mvnw -q -pl exercises -am test -Dtest=KeepTheFailuresTest})
 */
public final class KeepTheFailures {

    private KeepTheFailures() {}

    /**
     * Downloads every page as a task on {@code pool} (the caller's: do not shut it down) and returns one outcome per
     * page, in the order of {@code pages}. For each page, call {@code fetch.fetch(page)} up to {@code maxAttempts} times:
     * <ul>
     *   <li>status 200: the page is {@code new Outcome.Downloaded(page, Item.parse(reply.body()), attempt)};</li>
     *   <li>a 200 whose body is not a catalogue page ({@code Item.parse} throws {@code IllegalArgumentException}) is a
     *       failure too, with status 200, and not retried: the same body would come back;</li>
     *   <li>status 500 or more, or an {@code IOException} (e.g. a timeout): try again, unless that was the last attempt;</li>
     *   <li>any other status (e.g. 404): no retry, the page has failed.</li>
     * </ul>
     * A page that has failed is {@code new Outcome.Failed(page, status, reason, attempts)}, with the last status seen
     * (0 when the last attempt got no reply) and any short reason, e.g. "HTTP 500" or the exception's message.
     * An {@code InterruptedException} is not a bad page: let it out of the task, do not turn it into an outcome.
     */
    public static List<Outcome> downloadAll(ExecutorService pool, List<Integer> pages, Fetch fetch, int maxAttempts)
            throws Exception {
        throw new UnsupportedOperationException(
                "submit one task per page that tries fetch.fetch(page) up to maxAttempts times and returns an Outcome"
                        + " (Downloaded or Failed, never an exception), then get() every future in page order (then delete this throw statement).");
    }
}
