package exercises.keepthefailures;

import exercises.support.HeldAt;
import exercises.support.HeldDownloads;
import exercises.support.HeldRun;
import exercises.support.InterruptExpect;
import exercises.support.Lesson;
import exercises.support.OwnWaits;
import exercises.support.WatchedPool;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.ch07.CatalogueServer;
import workbook.ch07.Fetch;
import workbook.ch07.Item;
import workbook.ch07.Outcome;

/**
 * Twelve pages, the first eleven from chapter 07's catalogue server, started by the test: page 3 always answers 500,
 * page 5 answers 500 the first time only, page 8 never answers (the server holds it until the test ends, so every
 * attempt ends by its timeout, an HttpTimeoutException, however slow or fast this machine is), and page 11 is not in
 * the catalogue (404). Page 12 never reaches the server: the test's fetch answers it with a 200 whose body is not a
 * catalogue page, so {@code Item.parse} throws IllegalArgumentException for it. Only page 8 gets the short timeout: on
 * a busy machine even opening a connection can take long, and a good page must never fail because of that. Page 8's
 * timeout is {@value #NEVER_ANSWERS_TIMEOUT_MILLIS} ms: as it never answers, the timeout decides only when each
 * attempt ends, never how (a longer one cost every test 3 x its length: 0.3 s each at 100 ms).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class KeepTheFailuresTest {

    private static final String FILE = exercises.support.Stub.file(KeepTheFailures.class);
    private static final List<Integer> PAGES = IntStream.rangeClosed(1, 12).boxed().toList();
    private static final int ALWAYS_500 = 3, ONCE_500 = 5, NEVER_ANSWERS = 8, MISSING = 11, NOT_A_PAGE = 12;
    /** What page 12 answers, with status 200. */
    private static final String NOT_A_PAGE_BODY = "<html><body>Back soon: the catalogue is being updated.</body></html>\n";
    private static final int MAX_ATTEMPTS = 3;
    /** Page 8's timeout: it never answers, so any timeout ends each attempt the same way; a short one ends it soon. */
    private static final long NEVER_ANSWERS_TIMEOUT_MILLIS = 1;
    /** Past this many fetches of one page, the test stops the learner's loop: it would never end by itself. */
    private static final int GIVE_UP_AFTER = MAX_ATTEMPTS + 3;

    /** The caller's pool; in the timed-wait test, one whose timed waits time out at once (WatchedPool.Time). */
    private WatchedPool.Factory pools = new WatchedPool.Factory();
    private HeldDownloads downloads;
    private final Map<Integer, AtomicInteger> fetches = new ConcurrentHashMap<>();
    private final Set<Thread> fetchThreads = ConcurrentHashMap.newKeySet();
    /** Pages whose fetch a test scripts itself: what the n-th attempt (from 1) answers or throws. */
    private final Map<Integer, Script> scripts = new ConcurrentHashMap<>();

    @FunctionalInterface
    private interface Script {
        Fetch.Reply attempt(int n) throws IOException, InterruptedException;
    }

    /** A page that answers 200 at once unless a test scripts it. */
    private static final int SCRIPTED = 6;
    /** In the timed-wait test: page heldPage's fetch waits here until your thread is blocked waiting (see holdUntilTheCallerWaits). */
    private volatile CountDownLatch heldUntilTheCallerWaits;
    private volatile int heldPage = SCRIPTED;

    /** Thrown into a loop that keeps fetching a page far beyond maxAttempts; an Error, so catch (Exception) lets it pass. */
    static final class RetriedForever extends Error {
        RetriedForever(int page) {
            super("page " + page + " fetched " + GIVE_UP_AFTER + " times; the test stopped the loop");
        }
    }

    @AfterEach
    void nothingOutlivesTheTest() throws InterruptedException {
        if (downloads != null) downloads.close();
    }

    private List<Outcome> run() throws InterruptedException {
        downloads = new HeldDownloads(10, NEVER_ANSWERS, new CatalogueServer.Failures(Set.of(ALWAYS_500), Set.of(ONCE_500)), pools);
        var patient = Fetch.http(downloads.client(), downloads.server()::page, Duration.ofSeconds(20));
        var impatient = Fetch.http(downloads.client(), downloads.server()::page, Duration.ofMillis(NEVER_ANSWERS_TIMEOUT_MILLIS));
        Fetch watched = page -> {
            fetchThreads.add(Thread.currentThread());
            int attempt = fetches.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
            if (attempt > GIVE_UP_AFTER) throw new RetriedForever(page);
            var held = heldUntilTheCallerWaits;
            if (page == heldPage && held != null) {
                WatchedPool.noteStragglerStarted(); // the pool then knows which future waits for it
                held.await();
            }
            var script = scripts.get(page);
            if (script != null) return script.attempt(attempt);
            if (page == NOT_A_PAGE) return new Fetch.Reply(200, NOT_A_PAGE_BODY);
            return (page == NEVER_ANSWERS ? impatient : patient).fetch(page);
        };
        var pool = pools.apply(4);
        List<Outcome> outcomes;
        OwnWaits.startRun(pools.time() == WatchedPool.Time.ADVERSARY); // your own timed waits time out where the pool's do
        try {
            outcomes = KeepTheFailures.downloadAll(pool, PAGES, watched, MAX_ATTEMPTS);
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        } catch (Throwable t) {
            retriedForever();
            if (causedBy(t, java.util.concurrent.TimeoutException.class) && timedOut().isPresent()) {
                return null; // a wait the test made time out, and the code stopped with it: it said so (see the timed-wait test)
            }
            if (isParseFailure(t)) {
                throw new AssertionError("Your method threw " + t + ": page " + NOT_A_PAGE + " answered 200 with a body that is not a catalogue"
                        + " page, Item.parse threw IllegalArgumentException, and it escaped the task, so get() ended the whole batch."
                        + " A body you cannot read is a failed page like a 500: catch the IllegalArgumentException around"
                        + " Item.parse and return an Outcome.Failed with status 200 (no retry: the same body would come back).\n  "
                        + Lesson.FAILURES_ARE_OUTCOMES, t);
            }
            throw new AssertionError("Your method threw " + t + ": a failing page ended the whole batch, and the outcomes of the pages"
                    + " that worked were lost with it. Inside each task, turn a bad status or an IOException into an Outcome.Failed and"
                    + " return it; a task should not throw for a bad page.\n  " + Lesson.FAILURES_ARE_OUTCOMES, t);
        } finally {
            OwnWaits.endRun();
        }
        retriedForever();
        var timedOut = timedOut();
        if (timedOut.isPresent() && (outcomes == null || !outcomes.stream().map(Outcome::page).toList().equals(PAGES))) {
            throw new AssertionError("Your " + timedOut.get() + " timed out (the test made it, as a slow network may), and your"
                    + " result is not one outcome per page in page order: " + (outcomes == null ? "null" : "pages "
                    + outcomes.stream().map(Outcome::page).toList()) + ". A timed-out get() means that page's task is still"
                    + " running, not that the page failed or does not exist. Use the answer: wait again (in a loop) until it is"
                    + " done, or get() without a timeout.\n  " + Lesson.AWAIT_RESULT);
        }
        everyPageOnceInOrder(outcomes);
        return outcomes;
    }

    /** The first timed wait the test made time out: on the pool handed in, or on an object of the learner's own. */
    private java.util.Optional<String> timedOut() {
        return pools.created().stream().flatMap(p -> p.timedOut().stream()).findFirst().or(() -> OwnWaits.timedOut().stream().findFirst());
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (var c = t; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }

    /** Item.parse's IllegalArgumentException somewhere in the chain (as the cause of an ExecutionException, say). */
    private static boolean isParseFailure(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException && String.valueOf(c.getMessage()).startsWith("not a catalogue page")) return true;
        }
        return false;
    }

    private int fetchesOf(int page) {
        var n = fetches.get(page);
        return n == null ? 0 : n.get();
    }

    private void retriedForever() {
        for (int page : PAGES) {
            if (fetchesOf(page) > MAX_ATTEMPTS) {
                throw new AssertionError("Page " + page + " was fetched " + fetchesOf(page) + " times, but maxAttempts is " + MAX_ATTEMPTS
                        + (fetchesOf(page) > GIVE_UP_AFTER - 1 ? " (the test stopped your loop there: it would never have ended)" : "")
                        + ". Retrying until a page works never ends for a page that always fails: count the attempts and give up"
                        + " after maxAttempts, with an Outcome.Failed.\n  " + Lesson.RETRIES);
            }
        }
    }

    private static void everyPageOnceInOrder(List<Outcome> outcomes) {
        if (outcomes == null) throw new AssertionError("Your method returned null; return one outcome per page.");
        var got = outcomes.stream().map(Outcome::page).toList();
        var missing = new ArrayList<>(PAGES);
        missing.removeAll(got);
        if (!missing.isEmpty()) {
            throw new AssertionError("Pages " + missing + " are missing from your result (" + outcomes.size() + " outcomes for "
                    + PAGES.size() + " pages). A page that fails must still have an outcome, an Outcome.Failed with its status:"
                    + " leaving it out makes a report that looks complete but is not.\n  " + Lesson.FAILURES_ARE_OUTCOMES);
        }
        if (!got.equals(PAGES)) {
            throw new AssertionError("The outcomes should be one per page, in the order of the pages " + PAGES + "; yours are for pages "
                    + got + ". get() the futures in the order you submitted them.");
        }
    }

    @Test
    void everyPageHasExactlyOneOutcomeInPageOrder() throws InterruptedException {
        var outcomes = run();
        for (int page : PAGES) {
            var o = outcomes.get(page - 1);
            if (page != ALWAYS_500 && page != ONCE_500 && page != NEVER_ANSWERS && page != MISSING && page != NOT_A_PAGE
                    && !o.equals(new Outcome.Downloaded(page, Item.onPage(page), 1))) {
                throw new AssertionError("Page " + page + " answers 200 at once, so its outcome should be "
                        + new Outcome.Downloaded(page, Item.onPage(page), 1) + "; yours is " + o + ".");
            }
        }
    }

    @Test
    void failedPagesAreRecordedWithTheirStatusAndAttempts() throws InterruptedException {
        var outcomes = run();
        expectFailed(outcomes.get(ALWAYS_500 - 1), 500, MAX_ATTEMPTS, "answers 500 every time");
        expectFailed(outcomes.get(NEVER_ANSWERS - 1), 0, MAX_ATTEMPTS, "never answers (each attempt times out: no status, so 0)");
        expectFailed(outcomes.get(MISSING - 1), 404, 1, "is not in the catalogue (404, which no retry changes)");
        if (fetchesOf(MISSING) != 1) {
            throw new AssertionError("Page " + MISSING + " answered 404 and was fetched " + fetchesOf(MISSING) + " times: only 5xx answers"
                    + " and exceptions are worth another try.\n  " + Lesson.RETRIES);
        }
    }

    @Test
    void aPageThatFailsOnceIsTriedAgain() throws InterruptedException {
        var outcomes = run();
        var o = outcomes.get(ONCE_500 - 1);
        if (!o.equals(new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2))) {
            throw new AssertionError("Page " + ONCE_500 + " answers 500 the first time and 200 the second, so its outcome should be "
                    + new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2) + "; yours is " + o + " after " + fetchesOf(ONCE_500)
                    + " fetch(es): it was " + (fetchesOf(ONCE_500) == 1 ? "never tried again" : "not recorded right")
                    + ". A 5xx answer may pass: try again, up to maxAttempts.\n  " + Lesson.RETRIES);
        }
    }

    @Test
    void theFetchesRunOnThePoolYouWereGiven() throws InterruptedException {
        run();
        var workers = pools.created().getFirst().workers();
        var outside = fetchThreads.stream().filter(t -> !workers.contains(t)).map(Thread::getName).toList();
        if (!outside.isEmpty()) {
            throw new AssertionError("Pages were fetched on " + outside + ", not on the pool you were given: submit one task per page"
                    + " to pool.\n  " + Lesson.TASKS_IN_THE_POOL);
        }
    }

    @Test
    void aPageWhoseBodyIsNotACataloguePageIsAFailureWithStatus200AndNotRetried() throws InterruptedException {
        var outcomes = run();
        expectFailed(outcomes.get(NOT_A_PAGE - 1), 200, 1, "answers 200 with a body Item.parse cannot read");
        if (fetchesOf(NOT_A_PAGE) != 1) {
            throw new AssertionError("Page " + NOT_A_PAGE + " answered 200 with a body that is not a catalogue page and was fetched "
                    + fetchesOf(NOT_A_PAGE) + " times: the same body would come back, so it is not worth another try.\n  "
                    + Lesson.RETRIES);
        }
    }

    @Test
    void theCallersPoolIsLeftRunning() throws InterruptedException {
        run();
        var pool = pools.created().getFirst();
        if (pool.shutdownCalled() || pool.shutdownNowCalled() || pool.closeCalled() || pool.isShutdownReally()) {
            throw new AssertionError("You shut down the pool you were given (pool calls: " + pool.calls() + "). It belongs to the caller,"
                    + " who may have more work for it: wait for your own tasks through their futures, and leave the pool running.\n  "
                    + Lesson.EVERY_OUTCOME);
        }
    }

    /**
     * Your first timed waits on each future time out (the test makes them, as a slow network may): that is no outcome. The
     * held page is the first, one in the middle or the last one, so a timed wait on only some futures (the last one's,
     * say) meets it too.
     */
    @ParameterizedTest(name = "the held page is the {0} one")
    @EnumSource(HeldAt.class)
    void aTimedWaitThatTimesOutIsNotTakenAsTheEnd(HeldAt at) throws InterruptedException {
        pools = new WatchedPool.Factory(WatchedPool.Time.ADVERSARY);
        heldPage = switch (at) {
            case FIRST -> PAGES.getFirst();
            case MIDDLE -> SCRIPTED;
            case LAST -> PAGES.getLast();
        };
        var held = holdUntilTheCallerWaits(Thread.currentThread());
        List<Outcome> outcomes;
        try {
            outcomes = run();
        } finally {
            held.countDown();
        }
        if (outcomes == null) return; // it stopped with the TimeoutException of a wait the test made time out: said so
        var heldOutcome = outcomes.get(heldPage - 1);
        var timedOutAny = timedOut();
        boolean heldRight = heldPage == NOT_A_PAGE ? heldOutcome instanceof Outcome.Failed f && f.status() == 200 && f.attempts() == 1
                : heldOutcome.equals(new Outcome.Downloaded(heldPage, Item.onPage(heldPage), 1));
        if (!heldRight && timedOutAny.isPresent()) {
            throw new AssertionError("Page " + heldPage + "'s outcome is " + heldOutcome + ", not how the page went ("
                    + (heldPage == NOT_A_PAGE ? "a failure with status 200 after one attempt: its body is not a catalogue page"
                    : "downloaded at the first attempt") + "). The test held that page's fetch and made your " + timedOutAny.get()
                    + " time out (as it may on a slow day, whatever the timeout): a timed wait that times out says the task"
                    + " still runs, not how the page went. Wait again until it is done.\n  " + Lesson.AWAIT_RESULT);
        }
        expectFailed(outcomes.get(ALWAYS_500 - 1), 500, MAX_ATTEMPTS, "answers 500 every time");
        var o = outcomes.get(ONCE_500 - 1);
        var timedOut = timedOut();
        if (!o.equals(new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2)) && timedOut.isPresent()) {
            throw new AssertionError("Page " + ONCE_500 + " answers 500 the first time and 200 the second, so its outcome should be "
                    + new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2) + "; yours is " + o + ". The test made your "
                    + timedOut.get() + " time out (as it may on a slow day, whatever the timeout): a timed wait that times out says"
                    + " the task still runs, not how the page went.\n  " + Lesson.AWAIT_RESULT);
        }
        if (!o.equals(new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2))) {
            throw new AssertionError("Page " + ONCE_500 + " answers 500 the first time and 200 the second, so its outcome should be "
                    + new Outcome.Downloaded(ONCE_500, Item.onPage(ONCE_500), 2) + "; yours is " + o + " after " + fetchesOf(ONCE_500)
                    + " fetch(es): it was not recorded right. A 5xx answer may pass: try again, up to maxAttempts, and record the"
                    + " attempt that worked.\n  " + Lesson.RETRIES);
        }
    }

    /**
     * Holds page SCRIPTED's fetch until {@code caller} (the thread that runs your method) is blocked waiting, so that a task
     * is unfinished whenever your code first asks for its result. Decided from the thread's state, never the clock; a wait
     * for a lock (a pool's own lock inside submit()) is not a wait for the tasks.
     */
    private CountDownLatch holdUntilTheCallerWaits(Thread caller) {
        var held = new CountDownLatch(1);
        heldUntilTheCallerWaits = held;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread.ofPlatform().daemon().name("keep-the-failures-watcher").start(() -> {
            while (held.getCount() > 0) {
                var info = threads.getThreadInfo(caller.threadId(), 64);
                var state = info == null ? null : info.getThreadState();
                var lock = info == null ? null : info.getLockInfo();
                if ((state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                        && exercises.support.LearnerThread.inFrame(info, KeepTheFailures.class.getName(), null) // inside your method
                        && (lock == null || !lock.getClassName().startsWith("java.util.concurrent.locks.ReentrantLock$"))
                        && !waitsForAnotherPage(caller)) {
                    held.countDown();
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // look again; no decision rests on this delay
            }
        });
        return held;
    }

    /**
     * Whether {@code caller} waits for the future of a page other than the held one (a get() or an invokeAll that does
     * not need it): that wait ends by itself, so the held page is kept until a wait that may need it.
     */
    private boolean waitsForAnotherPage(Thread caller) {
        for (var pool : pools.created()) {
            var wait = pool.currentWaitOf(caller.threadId());
            if (wait != null && !wait.needsStraggler()) return true;
        }
        return false;
    }

    /** Every 5xx answer is worth another try (not only 500), and the last status seen is the one kept. */
    @Test
    void everyAnswerOf500OrMoreIsRetriedAndTheLastStatusIsKept() throws InterruptedException {
        scripts.put(SCRIPTED, n -> new Fetch.Reply(n == 1 ? 503 : n == 2 ? 500 : 502, "server error (the test)"));
        var outcomes = run();
        expectFailed(outcomes.get(SCRIPTED - 1), 502, MAX_ATTEMPTS,
                "answered 503, then 500, then 502: each status of 500 or more is worth another try, and the last one seen, 502,"
                        + " is the status to keep");
    }

    /**
     * Every status below 500 but 200 fails at once, by the rules in the stub: a 4xx answer says the request is at fault,
     * not the server, and a 204 or a redirect is not a catalogue page either (retrying only 4xx lets those through).
     */
    @ParameterizedTest(name = "answered {0}")
    @ValueSource(ints = {429, 404, 301, 204})
    void anAnswerBelow500IsNotRetried(int status) throws InterruptedException {
        scripts.put(SCRIPTED, n -> new Fetch.Reply(status, "status " + status + " (the test)"));
        var outcomes = run();
        expectFailed(outcomes.get(SCRIPTED - 1), status, 1, "answered " + status + ", a status below 500 other than 200, which the"
                + " rules do not retry");
    }

    /** The last attempt got no reply (an IOException), after an earlier 500: no status was seen last, so the status is 0. */
    @Test
    void theLastAttemptDecidesTheStatus() throws InterruptedException {
        scripts.put(SCRIPTED, n -> {
            if (n == 1) return new Fetch.Reply(500, "server error (the test)");
            throw new IOException("no reply (the test made this attempt fail)");
        });
        var outcomes = run();
        expectFailed(outcomes.get(SCRIPTED - 1), 0, MAX_ATTEMPTS,
                "answered 500, then got no reply twice (IOException): the last attempt saw no status, so 0, not the earlier 500");
    }

    /** An InterruptedException from a fetch means "stop", not "this page is bad": it must leave the task. */
    @Test
    void anInterruptIsNotABadPage() throws InterruptedException {
        scripts.put(SCRIPTED, n -> {
            throw new InterruptedException("the test interrupted this fetch");
        });
        downloads = new HeldDownloads(10, NEVER_ANSWERS, new CatalogueServer.Failures(Set.of(ALWAYS_500), Set.of(ONCE_500)), pools);
        var patient = Fetch.http(downloads.client(), downloads.server()::page, Duration.ofSeconds(20));
        Fetch fetch = page -> {
            int attempt = fetches.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
            if (attempt > GIVE_UP_AFTER) throw new RetriedForever(page); // a loop that never ends would run into @Timeout
            if (page == SCRIPTED) return scripts.get(SCRIPTED).attempt(1);
            if (page == NEVER_ANSWERS || page == NOT_A_PAGE) return new Fetch.Reply(404, "not here (the test)");
            return patient.fetch(page);
        };
        List<Outcome> outcomes;
        try {
            outcomes = KeepTheFailures.downloadAll(pools.apply(4), PAGES, fetch, MAX_ATTEMPTS);
        } catch (UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        } catch (Exception e) {
            retriedForever();
            for (var c = (Throwable) e; c != null; c = c.getCause()) if (c instanceof InterruptedException) return; // let out: right
            throw new AssertionError("The fetch of page " + SCRIPTED + " threw InterruptedException, and your method threw " + e
                    + ", which does not carry it. Let the InterruptedException leave the task (get() wraps it in an"
                    + " ExecutionException).\n  " + Lesson.INTERRUPTS, e);
        }
        var o = outcomes == null || outcomes.size() < SCRIPTED ? null : outcomes.get(SCRIPTED - 1);
        boolean none = outcomes != null && outcomes.stream().noneMatch(x -> x != null && x.page() == SCRIPTED);
        if (none) {
            // No outcome for that page at all: its task ended with the exception, and the code went on without it
            throw new AssertionError("The fetch of page " + SCRIPTED + " threw InterruptedException, and your method returned "
                    + outcomes.size() + " outcomes for " + PAGES.size() + " pages, none of them for page " + SCRIPTED + ": that"
                    + " task's exception was dropped (a future never read, a task whose failure nobody looks at), so the outcomes"
                    + " no longer line up with the pages. Read every task's result with get(), which rethrows what the task threw"
                    + " (wrapped in an ExecutionException): an interrupt must reach your caller, not vanish.\n  " + Lesson.INTERRUPTS);
        }
        throw new AssertionError("The fetch of page " + SCRIPTED + " threw InterruptedException, and your method returned normally"
                + (o == null ? "" : ", with " + o + " for that page") + ". An interrupt is not a bad page: it asks the task to stop."
                + " Do not catch it as a failure (catch IOException, not Exception), let it leave the task, and let get() report it.\n  "
                + Lesson.INTERRUPTS);
    }

    /**
     * Page {@value #SCRIPTED} is held by the test until your thread really waits for it; then your thread is interrupted
     * instead. Keeping on waiting, or stopping and saying so (the InterruptedException leaves your method, or the flag is
     * set again) is right; returning outcomes while that page is still being fetched is not.
     */
    @Test
    void anInterruptWhileWaitingIsNotTakenAsTheEnd() throws InterruptedException {
        downloads = new HeldDownloads(10, NEVER_ANSWERS, new CatalogueServer.Failures(Set.of(ALWAYS_500), Set.of(ONCE_500)), pools);
        var patient = Fetch.http(downloads.client(), downloads.server()::page, Duration.ofSeconds(20));
        var held = new HeldFetch();
        Fetch fetch = page -> {
            int attempt = fetches.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
            if (attempt > GIVE_UP_AFTER) throw new RetriedForever(page); // a loop that never ends would run into @Timeout
            if (page == SCRIPTED) {
                WatchedPool.noteStragglerStarted(); // so that get() of this page's future is known as a wait for it
                try {
                    held.await();
                    return patient.fetch(page);
                } finally {
                    held.done = true;
                }
            }
            if (page == NEVER_ANSWERS || page == NOT_A_PAGE) return new Fetch.Reply(404, "not here (the test)");
            return patient.fetch(page);
        };
        var pool = pools.apply(4);
        var returned = new java.util.concurrent.atomic.AtomicReference<List<Outcome>>();
        var doneAtReturn = new java.util.concurrent.atomic.AtomicBoolean();
        var run = HeldRun.interrupting(held, downloads::judge, () -> 0, () -> doneAtReturn.set(held.done),
                () -> returned.set(KeepTheFailures.downloadAll(pool, PAGES, fetch, MAX_ATTEMPTS)));
        var t = run.thrown();
        if (t instanceof UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        }
        retriedForever();
        var outcomes = returned.get();
        boolean delivered = outcomes != null && !outcomes.isEmpty();
        String early = delivered && !doneAtReturn.get() ? "Your method returned " + outcomes.size() + " outcomes while page "
                + SCRIPTED + " was still being fetched (the test held it)" : null;
        InterruptExpect.respected(t, run.flagSetAtReturn(), early, delivered, "the outcomes", "pages");
        if (delivered) everyPageOnceInOrder(outcomes);
    }

    /** The held fetch: waits until the test lets it go; an interrupt (a cancelled task) ends it. */
    private static final class HeldFetch implements workbook.testkit.Gate {
        private final java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        volatile boolean done;

        void await() throws InterruptedException {
            gate.await();
        }

        @Override
        public boolean isOpen() {
            return gate.getCount() == 0;
        }

        @Override
        public void open() {
            gate.countDown();
        }
    }

    private void expectFailed(Outcome o, int status, int attempts, String why) {
        if (!(o instanceof Outcome.Failed f) || f.status() != status || f.attempts() != attempts) {
            throw new AssertionError("Page " + o.page() + " " + why + ", so it should be an Outcome.Failed with status " + status
                    + " after " + attempts + " attempt(s); yours is " + o + " (fetched " + fetchesOf(o.page()) + " times).\n  "
                    + Lesson.FAILURES_ARE_OUTCOMES);
        }
        if (f.reason() == null || f.reason().isBlank()) {
            throw new AssertionError("Page " + o.page() + " " + why + ", and your Outcome.Failed says so, but its reason is "
                    + (f.reason() == null ? "null" : "blank") + ": a reader of the report learns that the page failed, not why."
                    + " Give a short reason, e.g. \"HTTP 500\" or the exception's message.\n  " + Lesson.FAILURES_ARE_OUTCOMES);
        }
    }
}
