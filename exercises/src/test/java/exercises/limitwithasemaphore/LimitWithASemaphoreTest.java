package exercises.limitwithasemaphore;

import exercises.support.Lesson;
import exercises.support.VirtualExpect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The test holds every task inside until it has seen, from the states of your thread and of the semaphore,
 * that no further task can start: then exactly {@code limit} tasks must be inside and the rest waiting for
 * a permit. Only then does it let the tasks go. No timing is involved.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class LimitWithASemaphoreTest {

    private static final String FILE = "exercises/src/main/java/exercises/limitwithasemaphore/LimitWithASemaphore.java";

    /** Hands out real semaphores and remembers them, so the test can look at their queues and permits. */
    static final class Semaphores implements IntFunction<Semaphore> {
        final List<Semaphore> made = new CopyOnWriteArrayList<>();

        @Override
        public Semaphore apply(int permits) {
            if (permits < 1) throw new IllegalArgumentException("a limit needs at least one permit, got " + permits);
            var s = new Semaphore(permits);
            made.add(s);
            return s;
        }

        Semaphore first() {
            return made.isEmpty() ? null : made.getFirst();
        }
    }

    /** The tasks: each notes its thread and how many are inside, and waits at the test's gate. */
    static final class Tasks {
        final int size;
        final int failing;
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicIntegerArray runs;
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();

        Tasks(int size, int failing) {
            this.size = size;
            this.failing = failing;
            this.runs = new AtomicIntegerArray(size);
        }

        List<Runnable> list() {
            var list = new ArrayList<Runnable>();
            for (int i = 0; i < size; i++) {
                int index = i;
                list.add(() -> {
                    runs.incrementAndGet(index);
                    threads.add(Thread.currentThread());
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inside.decrementAndGet();
                        finished.incrementAndGet();
                    }
                    if (index == failing) throw new IllegalStateException("task" + index + " failed on purpose (the test made it throw)");
                });
            }
            return list;
        }
    }

    private final Semaphores semaphores = new Semaphores();
    private Thread learner;

    @AfterEach
    void noThreadOutlivesTheTest() throws InterruptedException {
        // Whatever the learner did, free every waiting task (as if each leaked permit came back) and wait for them.
        for (var s : semaphores.made) s.release(1_000);
        if (learner != null) learner.join(java.time.Duration.ofSeconds(10));
    }

    private enum Verdict { QUIESCENT, OVER_LIMIT, RETURNED_EARLY, NO_SEMAPHORE }

    /** What happened; {@code unfinishedWhenReturned} is counted by your thread itself, as your method returns. */
    private record Run(Tasks tasks, Verdict verdict, int insideAtVerdict, int unfinishedWhenReturned, Throwable thrown) {}

    private Run run(int size, int limit, int failing, boolean hold) throws InterruptedException {
        var tasks = new Tasks(size, failing);
        if (!hold) tasks.gate.countDown();
        var thrown = new Throwable[1];
        var unfinished = new AtomicInteger(-1);
        learner = new Thread(() -> {
            try {
                LimitWithASemaphore.runLimited(tasks.list(), limit, semaphores);
            } catch (Throwable t) {
                thrown[0] = t;
            } finally {
                unfinished.set(size - tasks.finished.get());
            }
        }, "learner-main");
        learner.setDaemon(true);
        learner.start();
        Verdict verdict = null;
        int insideAtVerdict = -1;
        while (hold && verdict == null) {
            int inside = tasks.inside.get();
            if (tasks.mostInside.get() > limit) {
                verdict = Verdict.OVER_LIMIT;
            } else if (!learner.isAlive()) {
                verdict = Verdict.RETURNED_EARLY;
            } else if (isBlocked(learner)) {
                var semaphore = semaphores.first();
                if (semaphore == null) {
                    // Decide only once a task is inside (or the learner is stuck on a semaphore of its own): a program
                    // that makes its semaphores inside the tasks has made none yet while their threads are starting.
                    if (inside > 0 || blockedIn(learner, "java.util.concurrent.Semaphore")) verdict = Verdict.NO_SEMAPHORE;
                } else if (inside == Math.min(limit, size)
                        && (semaphore.getQueueLength() + inside == size || blockedIn(learner, "java.util.concurrent.Semaphore"))) {
                    verdict = Verdict.QUIESCENT; // the rest wait for a permit: nobody else can get in
                }
            }
            if (verdict != null) insideAtVerdict = inside;
            Thread.onSpinWait();
        }
        tasks.gate.countDown();
        learner.join();
        return new Run(tasks, verdict, insideAtVerdict, unfinished.get(), thrown[0]);
    }

    private static boolean isBlocked(Thread t) {
        var s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED;
    }

    private static boolean blockedIn(Thread t, String className) {
        for (var frame : t.getStackTrace()) if (frame.getClassName().equals(className)) return true;
        return false;
    }

    private static void returnedNormally(Run r) {
        if (r.thrown() instanceof UnsupportedOperationException e) {
            throw new AssertionError("Not started yet: " + e.getMessage() + "\n  Edit " + FILE, e);
        }
        if (r.thrown() != null) {
            throw new AssertionError("Your code threw " + r.thrown() + " instead of returning normally. A task's exception must not"
                    + " stop the others or leave your method.", r.thrown());
        }
    }

    private static void heldAtTheLimit(Run r, int size, int limit) {
        returnedNormally(r);
        switch (r.verdict()) {
            case OVER_LIMIT -> throw new AssertionError(r.tasks().mostInside.get() + " tasks were running at once; the limit is " + limit
                    + ". Take a permit (acquire()) before a task runs and give it back (release()) after it, on one semaphore"
                    + " made with newSemaphore.apply(limit).\n  " + Lesson.SEMAPHORE);
            case RETURNED_EARLY -> throw new AssertionError(VirtualExpect.nothingWaited("Your method returned",
                    r.unfinishedWhenReturned(), size));
            case NO_SEMAPHORE -> throw new AssertionError("Your thread was waiting with " + r.insideAtVerdict() + " of " + size
                    + " tasks inside, but no Semaphore was ever made with the newSemaphore function you were given. Limit the"
                    + " tasks with newSemaphore.apply(limit): acquire() before each task, release() after it. A pool of "
                    + limit + " threads limits them too, but then tasks wait in a queue for a thread instead of each having its own.\n  "
                    + Lesson.SEMAPHORE);
            case QUIESCENT -> { }
        }
        int never = 0;
        for (int i = 0; i < size; i++) if (r.tasks().runs.get(i) == 0) never++;
        if (never > 0) throw new AssertionError(never + " of " + size + " tasks never ran; run every task you are given.");
    }

    @Test
    void neverMoreThanTheLimitAtOnce() throws InterruptedException {
        var r = run(20, 3, -1, true);
        heldAtTheLimit(r, 20, 3);
        checkOneSemaphore();
    }

    @Test
    void aLimitOfOneRunsOneTaskAtATime() throws InterruptedException {
        var r = run(5, 1, -1, true);
        heldAtTheLimit(r, 5, 1);
        checkOneSemaphore();
    }

    @Test
    void runsEveryTaskOnAVirtualThreadOfItsOwn() throws InterruptedException {
        var r = run(30, 4, -1, false);
        returnedNormally(r);
        if (r.unfinishedWhenReturned() > 0) {
            throw new AssertionError(VirtualExpect.nothingWaited("Your method returned", r.unfinishedWhenReturned(), 30));
        }
        VirtualExpect.oneVirtualThreadPerTask(r.tasks().threads, 30);
    }

    @Test
    void aFailingTaskGivesItsPermitBack() throws InterruptedException {
        var r = run(6, 2, 1, false);
        returnedNormally(r);
        var semaphore = semaphores.first();
        if (semaphore == null) {
            throw new AssertionError("No Semaphore was made with the newSemaphore function you were given.\n  " + Lesson.SEMAPHORE);
        }
        if (semaphore.availablePermits() != 2) {
            throw new AssertionError("After every task had ended, the semaphore had " + semaphore.availablePermits()
                    + " permit(s) instead of 2: task1 threw, and its permit was never given back. Release in a finally block,"
                    + " so a task that throws still returns its permit; otherwise every failure lowers the limit for good.\n  "
                    + Lesson.SEMAPHORE);
        }
        int ran = r.tasks().finished.get();
        if (ran != 6) throw new AssertionError("Only " + ran + " of 6 tasks ran: one task's failure must not stop the others.");
    }

    private void checkOneSemaphore() {
        if (semaphores.made.size() > 1) {
            throw new AssertionError(semaphores.made.size() + " semaphores were made: one shared semaphore is the limit; a semaphore"
                    + " per task limits nothing.\n  " + Lesson.SEMAPHORE);
        }
    }
}
