package workbook.ch07;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The server's test mode: a {@link CatalogueServer.Hold} that holds the response of a page until the test
 * releases it. Nothing here depends on the clock; the test decides when each page is answered.
 */
public final class PageGates implements CatalogueServer.Hold {

    private final Map<Integer, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final boolean holdEveryPage;
    private final BlockingQueue<Integer> arrivals = new LinkedBlockingQueue<>();
    private volatile boolean allReleased;

    private PageGates(boolean holdEveryPage) {
        this.holdEveryPage = holdEveryPage;
    }

    /** Every page is held until released one by one (or all at once). */
    public static PageGates holdingEveryPage() {
        return new PageGates(true);
    }

    /** Only the given pages are held; the others are answered at once. */
    public static PageGates holding(int... pages) {
        var g = new PageGates(false);
        for (int p : pages) g.gate(p);
        return g;
    }

    private CountDownLatch gate(int page) {
        return gates.computeIfAbsent(page, p -> new CountDownLatch(1));
    }

    @Override
    public void before(int page, int visit) throws InterruptedException {
        arrivals.add(page);
        if (holdEveryPage || gates.containsKey(page)) {
            var gate = gate(page);
            if (!allReleased) gate.await(); // read after the gate exists: releaseAll() either sees it or set the flag first
        }
    }

    /** Lets every request for {@code page}, held now or arriving later, be answered. */
    public void release(int page) {
        gate(page).countDown();
    }

    public void releaseAll() {
        allReleased = true;
        gates.values().forEach(CountDownLatch::countDown);
    }

    public boolean released(int page) {
        var g = gates.get(page);
        return g != null && g.getCount() == 0;
    }

    /** Blocks until the next request arrives at the server (held or not) and returns its page. */
    public int nextArrival() throws InterruptedException {
        return arrivals.take();
    }
}
