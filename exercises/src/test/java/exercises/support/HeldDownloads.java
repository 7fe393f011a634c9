package exercises.support;

import java.lang.management.ThreadInfo;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import workbook.ch07.CatalogueServer;
import workbook.ch07.Downloader;
import workbook.ch07.Outcome;
import workbook.ch07.PageDownload;
import workbook.ch07.PageGates;
import workbook.testkit.Gate;

/**
 * Chapter 07's catalogue server, started by the test, with one page (the straggler) held at the server until
 * the learner's thread is really waiting for it ({@link HeldRun} decides, from the thread's state, never from
 * the clock). Hands the learner a {@link PageDownload} that counts the finished downloads and records their threads.
 */
public final class HeldDownloads implements Gate, AutoCloseable {

    private final int straggler;
    private final List<Integer> pages;
    private final PageGates gates;
    private final CatalogueServer server;
    private final HttpClient client;
    private final Downloader downloader;
    private final WatchedPool.Factory pools;
    private final AtomicInteger finished = new AtomicInteger();
    private final Set<Thread> downloadThreads = ConcurrentHashMap.newKeySet();

    public HeldDownloads(int pageCount, int straggler, CatalogueServer.Failures failures, WatchedPool.Factory pools) {
        this.straggler = straggler;
        this.pages = IntStream.rangeClosed(1, pageCount).boxed().toList();
        this.gates = PageGates.holding(straggler);
        this.server = CatalogueServer.start(pageCount, failures, gates);
        try {
            this.client = Downloader.newHttpClient(); // after the server: if it cannot start, there is no client to close
        } catch (RuntimeException | Error e) {
            closeQuietly(server);
            throw e;
        }
        this.pools = pools;
        // Pauses between retries are not the point here: nothing sleeps.
        this.downloader = new Downloader(client, server::page,
                new Downloader.Settings(Duration.ofSeconds(30), 2, Duration.ofMillis(10), 64), pause -> { });
    }

    public List<Integer> pages() { return pages; }
    public CatalogueServer server() { return server; }
    public HttpClient client() { return client; }
    /** Tasks handed to the learner's pools so far. */
    public int submitted() { return pools.created().stream().mapToInt(WatchedPool::submissions).sum(); }
    public int unfinished() { return pages.size() - finished.get(); }
    public Set<Thread> downloadThreads() { return Set.copyOf(downloadThreads); }

    /** What the learner is given: the chapter's downloader, watched. */
    public PageDownload download() {
        return page -> {
            downloadThreads.add(Thread.currentThread());
            if (page == straggler) WatchedPool.noteStragglerStarted();
            try {
                return downloader.download(page);
            } finally {
                finished.incrementAndGet();
            }
        };
    }

    @Override
    public boolean isOpen() {
        return gates.released(straggler);
    }

    @Override
    public void open() {
        gates.release(straggler);
    }

    /** Release the straggler when the learner waits in a way that can only end once it is downloaded. */
    public HeldRun.Verdict judge(ThreadInfo info) {
        for (var pool : pools.created()) {
            var wait = pool.currentWaitOf(info.getThreadId());
            if (wait == null) continue;
            return wait.needsStraggler() ? HeldRun.Verdict.RELEASE : HeldRun.Verdict.HOLD;
        }
        // Queued for a lock (a pool's own lock inside submit(), a queue's): held for microseconds by another thread, not a
        // wait for the pages. Deciding here would let the page (or an interrupting run's interrupt) go at random moments.
        var lock = info.getLockInfo();
        if (lock != null && lock.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock$")) return HeldRun.Verdict.HOLD;
        // A latch, a CompletableFuture, the download itself: a wait for the pages, once nothing else handed to the pools is
        // waiting to run (a timer task of the learner's on the pool goes first, as if the pages were slow).
        for (var pool : pools.created()) if (pool.queued() > 0) return HeldRun.Verdict.HOLD;
        return HeldRun.Verdict.RELEASE;
    }

    private static void closeQuietly(CatalogueServer server) {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The learner's pools first (their workers may be in the middle of a request), then the server, then the client. */
    @Override
    public void close() throws InterruptedException {
        gates.releaseAll();
        pools.cleanUp();
        server.close();
        client.close();
    }
}
