package exercises.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real process that tells the test when someone is blocked in its waitFor(), like WatchedPool's futures. */
public final class WatchedProcess extends Process {

    private final Process delegate;
    private final int index;
    private volatile boolean awaited;

    WatchedProcess(Process delegate, int index) {
        this.delegate = delegate;
        this.index = index;
    }

    public int index() { return index; }
    boolean awaited() { return awaited; }
    Process real() { return delegate; }

    @Override public OutputStream getOutputStream() { return delegate.getOutputStream(); }
    @Override public InputStream getInputStream() { return delegate.getInputStream(); }
    @Override public InputStream getErrorStream() { return delegate.getErrorStream(); }
    @Override public int exitValue() { return delegate.exitValue(); }
    @Override public void destroy() { delegate.destroy(); }
    @Override public Process destroyForcibly() { delegate.destroyForcibly(); return this; }
    @Override public boolean isAlive() { return delegate.isAlive(); }
    @Override public long pid() { return delegate.pid(); }
    @Override public ProcessHandle toHandle() { return delegate.toHandle(); }
    @Override public boolean supportsNormalTermination() { return delegate.supportsNormalTermination(); }
    @Override public ProcessHandle.Info info() { return delegate.info(); }
    @Override public Stream<ProcessHandle> children() { return delegate.children(); }
    @Override public Stream<ProcessHandle> descendants() { return delegate.descendants(); }
    @Override public CompletableFuture<Process> onExit() { return delegate.onExit().thenApply(p -> this); }

    @Override
    public int waitFor() throws InterruptedException {
        awaited = true;
        try {
            return delegate.waitFor();
        } finally {
            awaited = false;
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        awaited = true;
        try {
            return delegate.waitFor(timeout, unit);
        } finally {
            awaited = false;
        }
    }

    @Override
    public String toString() {
        return "process " + index + " (pid " + pid() + ")";
    }
}
