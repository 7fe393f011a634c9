package exercises.notasklost;

import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import exercises.support.TimedWaits;
import exercises.support.WatchedPool;

/**
 * The pool's queue as the learner's policy sees it through {@code executor.getQueue()} in the test whose timed waits
 * time out: a timed {@code offer(task, timeout, unit)} on a full queue returns false at once, whatever the timeout,
 * as it may on a slow day (the first ones of each run, see {@link TimedWaits}); later ones wait as long as it takes.
 * Offering again until it returns true passes; dropping the task when it returns false is caught. Everything else goes
 * to the real queue, which the pool itself uses directly.
 */
final class TimedOffersTimeOut implements BlockingQueue<Runnable> {
    private final BlockingQueue<Runnable> real;
    private final TimedWaits offers = new TimedWaits(WatchedPool.Time.ADVERSARY);
    private volatile boolean timedOut;

    TimedOffersTimeOut(BlockingQueue<Runnable> real) {
        this.real = real;
    }

    /** Whether one of the learner's timed offers was made to time out. */
    boolean timedOut() {
        return timedOut;
    }

    @Override
    public boolean offer(Runnable task, long timeout, TimeUnit unit) throws InterruptedException {
        if (real.offer(task)) return true;
        if (offers.timeOutNow(true, timeout, unit)) {
            timedOut = true;
            return false;
        }
        return real.offer(task, timeout, unit);
    }

    // ---- the rest as the real queue does it ----
    @Override public boolean add(Runnable r) { return real.add(r); }
    @Override public boolean offer(Runnable r) { return real.offer(r); }
    @Override public void put(Runnable r) throws InterruptedException { real.put(r); }
    @Override public Runnable take() throws InterruptedException { return real.take(); }
    @Override public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException { return real.poll(timeout, unit); }
    @Override public int remainingCapacity() { return real.remainingCapacity(); }
    @Override public boolean remove(Object o) { return real.remove(o); }
    @Override public boolean contains(Object o) { return real.contains(o); }
    @Override public int drainTo(Collection<? super Runnable> c) { return real.drainTo(c); }
    @Override public int drainTo(Collection<? super Runnable> c, int max) { return real.drainTo(c, max); }
    @Override public Runnable remove() { return real.remove(); }
    @Override public Runnable poll() { return real.poll(); }
    @Override public Runnable element() { return real.element(); }
    @Override public Runnable peek() { return real.peek(); }
    @Override public int size() { return real.size(); }
    @Override public boolean isEmpty() { return real.isEmpty(); }
    @Override public Iterator<Runnable> iterator() { return real.iterator(); }
    @Override public Object[] toArray() { return real.toArray(); }
    @Override public <T> T[] toArray(T[] a) { return real.toArray(a); }
    @Override public boolean containsAll(Collection<?> c) { return real.containsAll(c); }
    @Override public boolean addAll(Collection<? extends Runnable> c) { return real.addAll(c); }
    @Override public boolean removeAll(Collection<?> c) { return real.removeAll(c); }
    @Override public boolean retainAll(Collection<?> c) { return real.retainAll(c); }
    @Override public void clear() { real.clear(); }
    @Override public String toString() { return real.toString(); }
}
