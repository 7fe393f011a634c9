package exercises.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real process that tells the test how someone waits for it, like WatchedPool's futures: who is blocked in
 * its waitFor() (untimed, or timed and how often), whether its onExit() (or toHandle()) was asked for, and
 * who is blocked in join()/get() of the future its onExit() returned.
 *
 * <p>Its timed waits ({@code waitFor(timeout)}, {@code get(timeout)} of its {@code onExit()} future) follow a
 * {@link WatchedPool.Time}, as a watched pool's do: PATIENT, they wait as long as the process runs (the test lets it go
 * once someone waits), so no verdict depends on the clock; ADVERSARY, the first few while the process is alive time
 * out at once, whatever the timeout, as they may on a slow day.
 */
public final class WatchedProcess extends Process {

    private final Process delegate;
    private final int index;
    private final AtomicInteger untimedWaits = new AtomicInteger();   // threads in waitFor() now
    private final AtomicInteger timedWaits = new AtomicInteger();     // threads in waitFor(timeout) now
    private final AtomicInteger timedWaitCalls = new AtomicInteger(); // waitFor(timeout) calls so far
    private final AtomicInteger exitJoins = new AtomicInteger();      // threads in join()/get() of its onExit() now
    private volatile boolean exitAskedFor;
    private volatile long lastTimeoutNanos;
    private final TimedWaits waits; // this process's timed waits, its handle's included
    private volatile boolean destroyed; // destroy() or destroyForcibly() was called

    WatchedProcess(Process delegate, int index, WatchedPool.Time time) {
        this.delegate = delegate;
        this.index = index;
        this.waits = new TimedWaits(time);
    }

    /** Whether the test made a timed wait on this process time out (ADVERSARY). */
    public boolean timedOut() { return waits.anyTimedOut(); }

    /** Whether the learner's code destroyed this process. */
    public boolean destroyed() { return destroyed; }

    /** ADVERSARY: true if this timed wait is to time out now, because the process still runs. */
    private boolean timesOutNow(long timeout, TimeUnit unit) {
        return waits.timeOutNow(delegate.isAlive(), timeout, unit);
    }

    public int index() { return index; }
    /** Someone is blocked in this process's waitFor(), timed or not. */
    boolean awaited() { return untimedWaits.get() > 0 || timedWaits.get() > 0; }
    /** Someone is in waitFor() without a timeout: that can only end when the process has exited. */
    boolean awaitedWithoutLimit() { return untimedWaits.get() > 0; }
    /** How many times waitFor(timeout) was called: a second call means the first ran out and the caller waits on. */
    int timedWaitCalls() { return timedWaitCalls.get(); }
    /** The timeout of the latest waitFor(timeout) call: what the caller asked for, not a clock reading. */
    java.time.Duration lastTimeout() { return java.time.Duration.ofNanos(lastTimeoutNanos); }
    /** Someone is blocked in join() or get() of the future this process's onExit() returned. */
    boolean exitJoined() { return exitJoins.get() > 0; }
    /** Whether onExit(), toHandle() or pid() was called: a wait the test cannot see (allOf, a handle) may be a wait for it. */
    boolean exitAskedFor() { return exitAskedFor; }
    public Process real() { return delegate; }

    @Override public OutputStream getOutputStream() { return delegate.getOutputStream(); }
    @Override public InputStream getInputStream() { return delegate.getInputStream(); }
    @Override public InputStream getErrorStream() { return delegate.getErrorStream(); }
    @Override public int exitValue() { return delegate.exitValue(); }
    @Override public void destroy() { destroyed = true; delegate.destroy(); }
    @Override public Process destroyForcibly() { destroyed = true; delegate.destroyForcibly(); return this; }
    @Override public boolean isAlive() { return delegate.isAlive(); }
    /** Its pid asked for: a wait through ProcessHandle.of(pid) may follow, which the test cannot see otherwise. */
    @Override public long pid() {
        exitAskedFor = true;
        return delegate.pid();
    }
    /** A handle whose onExit() is watched like this process's own (asking for the handle alone is no wait). */
    @Override public ProcessHandle toHandle() { return new WatchedHandle(delegate.toHandle()); }
    @Override public boolean supportsNormalTermination() { return delegate.supportsNormalTermination(); }
    @Override public ProcessHandle.Info info() { return delegate.info(); }
    @Override public Stream<ProcessHandle> children() { return delegate.children(); }
    @Override public Stream<ProcessHandle> descendants() { return delegate.descendants(); }

    @Override
    public CompletableFuture<Process> onExit() {
        exitAskedFor = true;
        var exit = new WatchedExit();
        delegate.onExit().whenComplete((p, t) -> {
            if (t == null) exit.complete(this);
            else exit.completeExceptionally(t);
        });
        return exit;
    }

    /**
     * The handle toHandle() returns: the real one, except that its onExit() is this process's watched one, completed when
     * the process has exited as the {@link Process} sees it (the test counts unfinished processes with isAlive()), and
     * with the same timed waits.
     */
    private final class WatchedHandle implements ProcessHandle {
        private final ProcessHandle real;

        WatchedHandle(ProcessHandle real) {
            this.real = real;
        }

        @Override public long pid() { return real.pid(); }
        @Override public java.util.Optional<ProcessHandle> parent() { return real.parent(); }
        @Override public Stream<ProcessHandle> children() { return real.children(); }
        @Override public Stream<ProcessHandle> descendants() { return real.descendants(); }
        @Override public Info info() { return real.info(); }
        @Override public boolean supportsNormalTermination() { return real.supportsNormalTermination(); }
        @Override public boolean destroy() { destroyed = true; return real.destroy(); }
        @Override public boolean destroyForcibly() { destroyed = true; return real.destroyForcibly(); }
        @Override public boolean isAlive() { return delegate.isAlive(); }
        @Override public int compareTo(ProcessHandle other) { return real.compareTo(other); }
        @Override public boolean equals(Object other) { return other instanceof ProcessHandle h && h.pid() == pid(); }
        @Override public int hashCode() { return real.hashCode(); }

        @Override
        public CompletableFuture<ProcessHandle> onExit() {
            exitAskedFor = true;
            var exit = new Exit<ProcessHandle>();
            delegate.onExit().whenComplete((p, t) -> {
                if (t == null) exit.complete(this);
                else exit.completeExceptionally(t);
            });
            return exit;
        }
    }

    /** The future onExit() returns: it notes who blocks in its join() or get(); futures made from it are plain ones. */
    private final class WatchedExit extends Exit<Process> {}

    /** A future of this process's exit: it notes who blocks in its join() or get(), and its timed get() follows the time. */
    private class Exit<T> extends CompletableFuture<T> {
        @Override
        public T join() {
            exitJoins.incrementAndGet();
            try {
                return super.join();
            } finally {
                exitJoins.decrementAndGet();
            }
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            exitJoins.incrementAndGet();
            try {
                return super.get();
            } finally {
                exitJoins.decrementAndGet();
            }
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            if (timesOutNow(timeout, unit)) throw new TimeoutException("the test made this timed wait time out: the process still runs");
            exitJoins.incrementAndGet();
            try {
                return super.get(); // PATIENT: as long as the process runs (the test lets it go once you wait)
            } finally {
                exitJoins.decrementAndGet();
            }
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
    }

    @Override
    public int waitFor() throws InterruptedException {
        untimedWaits.incrementAndGet();
        try {
            return delegate.waitFor();
        } finally {
            untimedWaits.decrementAndGet();
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        lastTimeoutNanos = unit.toNanos(timeout);
        timedWaitCalls.incrementAndGet();
        if (timesOutNow(timeout, unit)) return false;
        timedWaits.incrementAndGet();
        try {
            delegate.waitFor(); // PATIENT: as long as the process runs (the test lets it go once you wait)
            return true;
        } finally {
            timedWaits.decrementAndGet();
        }
    }

    @Override
    public String toString() {
        return "process " + index + " (pid " + pid() + ")";
    }
}
