package workbook.ch08;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds tasks until the code that owns the gate opens it, and counts how many started and finished.
 *
 * <p>This works only because every member of these examples runs in this JVM: a task arriving on a member
 * is deserialised into this JVM's classes and finds the same gate by its id. Members on other machines would
 * need a cluster-wide primitive instead (a distributed map or queue the tasks poll, for instance).
 */
public final class Gate {

    private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final Semaphore arrivals = new Semaphore(0);
    private final AtomicInteger finished = new AtomicInteger();

    private Gate() {}

    /** A new, closed gate; {@link #remove()} it when done. */
    public static Gate create() {
        var gate = new Gate();
        GATES.put(gate.id, gate);
        return gate;
    }

    /** The gate with this id, as seen by a task on a member. */
    public static Gate byId(String id) {
        var gate = GATES.get(id);
        if (gate == null) throw new IllegalStateException("no gate " + id + " in this JVM: is the member in another process?");
        return gate;
    }

    public String id() {
        return id;
    }

    /** Called by a task: counts it as started and blocks until the gate is open. */
    public void passThrough() throws InterruptedException {
        started.incrementAndGet();
        arrivals.release();
        open.await();
    }

    /** Called by a task when it ends (normally or not). */
    public void leave() {
        finished.incrementAndGet();
    }

    /** Blocks until {@code tasks} tasks have reached the gate. */
    public void awaitStarted(int tasks) throws InterruptedException {
        arrivals.acquire(tasks);
        arrivals.release(tasks);
    }

    public void open() {
        open.countDown();
    }

    public int started() {
        return started.get();
    }

    public int finished() {
        return finished.get();
    }

    /** Opens the gate, so no task stays held, and forgets it. */
    public void remove() {
        open();
        GATES.remove(id);
    }
}
