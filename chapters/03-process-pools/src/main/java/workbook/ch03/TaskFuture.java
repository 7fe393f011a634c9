package workbook.ch03;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pending result of a task submitted to a {@link ProcessPool}. {@link #get()} blocks until the worker
 * has replied; a task that threw, or whose worker crashed or replied nonsense, makes {@code get()} throw an
 * {@link ExecutionException} whose cause is a {@link TaskFailedException}, {@link WorkerCrashedException},
 * {@link MalformedReplyException}, or a {@link TimeoutException} if the task outran the limit given to submit
 * (not to be confused with the TimeoutException that {@link #get(long, TimeUnit)} itself throws when the
 * caller stops waiting: that one leaves the task running).
 *
 * <p>Waiting happens on this object's monitor ({@code wait()}), so a thread dump shows which task a
 * thread is waiting for; the exercises' tests rely on that.
 */
public final class TaskFuture implements Future<TaskResult> {

    private final long id;
    private final String task;
    private final String argument;
    private final java.time.Duration limit;
    private boolean started;
    private State state = State.RUNNING;
    private TaskResult result;
    private Throwable failure;
    private final ProcessPool.TimedGetsAtOnce timedGetsAtOnce; // the pool's: see ProcessPool.timeOutTimedGets

    TaskFuture(long id, String task, String argument, java.time.Duration limit,
               ProcessPool.TimedGetsAtOnce timedGetsAtOnce) {
        this.id = id;
        this.task = task;
        this.argument = argument;
        this.limit = limit;
        this.timedGetsAtOnce = timedGetsAtOnce;
    }

    public long id() { return id; }
    public String task() { return task; }
    public String argument() { return argument; }

    /** The task's time limit, counted from when a worker is sent the task; null if it has none. */
    public java.time.Duration limit() { return limit; }

    /** Marks the task as sent to a worker; false if it was cancelled first. */
    synchronized boolean start() {
        if (state != State.RUNNING) return false;
        started = true;
        return true;
    }

    synchronized void complete(TaskResult r) {
        if (state != State.RUNNING) return;
        result = r;
        state = State.SUCCESS;
        notifyAll();
    }

    synchronized void fail(Throwable t) {
        if (state != State.RUNNING) return;
        failure = t;
        state = State.FAILED;
        notifyAll();
    }

    /** Cancels a task that no worker has started yet; a running task cannot be cancelled. */
    @Override
    public synchronized boolean cancel(boolean mayInterruptIfRunning) {
        if (state != State.RUNNING || started) return false;
        state = State.CANCELLED;
        notifyAll();
        return true;
    }

    @Override public synchronized boolean isCancelled() { return state == State.CANCELLED; }
    @Override public synchronized boolean isDone() { return state != State.RUNNING; }
    @Override public synchronized State state() { return state; }

    @Override
    public synchronized TaskResult get() throws InterruptedException, ExecutionException {
        while (state == State.RUNNING) wait();
        return outcome();
    }

    @Override
    public synchronized TaskResult get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        if (state == State.RUNNING && timedGetsAtOnce.timeOutNow(this, unit.toNanos(timeout))) {
            throw new TimeoutException("task " + id + " (" + task + ") has not finished"); // at once, as the pool's rule says
        }
        while (state == State.RUNNING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new TimeoutException("task " + id + " (" + task + ") has not finished");
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return outcome();
    }

    private TaskResult outcome() throws ExecutionException {
        return switch (state) {
            case SUCCESS -> result;
            case FAILED -> throw new ExecutionException(failure.getMessage(), failure);
            case CANCELLED -> throw new CancellationException("task " + id + " was cancelled");
            case RUNNING -> throw new IllegalStateException();
        };
    }

    @Override
    public String toString() {
        return "task " + id + " (" + task + ")";
    }
}
