package workbook.ch05;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ways to keep a submitter from handing a fixed pool more tasks than it holds. The first three put a
 * {@link Semaphore} in front of a queue that can be full (a bounded one, or a {@link SynchronousQueue}, which
 * holds nothing) and are racy: a permit comes back while the worker that gave it back has not yet taken the
 * next task from the queue, so the queue can still be full when the submitter uses that permit, and the pool
 * rejects the task. The last two hold: a semaphore that counts
 * places in the queue and is released once a worker has taken a task out of the queue, and a rejection
 * handler that waits for room.
 *
 * <p>{@link SubmitterRace} counts the rejections of each; {@code BoundedSubmittersTest} stops a worker inside
 * the window to show each race, and each fix, on every run.
 */
public final class BoundedSubmitters {

    private BoundedSubmitters() {}

    /** Hands tasks to a pool of its own. */
    public interface Submitter extends AutoCloseable {

        /**
         * Hands {@code task} to the pool, waiting while the design says that the pool is full.
         *
         * @throws RejectedExecutionException if the pool refused the task anyway; it will not run
         * @throws InterruptedException if interrupted while waiting for a permit; the task was not handed over
         *         (interrupted while waiting in {@link WaitForRoom}, it is a RejectedExecutionException, and the
         *         thread's interrupt flag is set again)
         */
        void put(Runnable task) throws InterruptedException;

        /** Closes the pool: returns once every accepted task has finished. */
        @Override
        void close();
    }

    /** A fixed pool: {@code threads} threads, no more and no fewer once started, in front of {@code queue}. */
    static ThreadPoolExecutor fixedPool(int threads, BlockingQueue<Runnable> queue) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, queue);
    }

    // tag::execute-with-permit[]
    /** Waits for a permit, then executes; gives the permit back at once if the pool rejects the task. */
    static void executeWithPermit(Semaphore permits, Executor pool, Runnable task) throws InterruptedException {
        permits.acquire();
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            permits.release();
            throw e;
        }
    }
    // end::execute-with-permit[]

    /**
     * The task gives its permit back in a {@code finally} when it ends (the {@code BoundedExecutor} of Java
     * Concurrency in Practice, 8.3.3). Racy in front of a bounded queue: the worker has then still to return
     * from the task and take the next one from the queue, which may still be full. In front of an unbounded
     * queue it does no harm, since that queue is never full.
     */
    public static final class PermitUntilTaskEnds implements Submitter {
        private final ThreadPoolExecutor pool;
        private final Semaphore permits;

        /** {@code threads + queueCapacity} permits in front of a fixed pool with an {@link ArrayBlockingQueue}. */
        public static PermitUntilTaskEnds withQueue(int threads, int queueCapacity) {
            return new PermitUntilTaskEnds(fixedPool(threads, new ArrayBlockingQueue<>(queueCapacity)), threads + queueCapacity);
        }

        /**
         * {@code threads} permits in front of a fixed pool with a {@link SynchronousQueue}, which accepts a task
         * only while a worker is already waiting in {@code take()} for one.
         */
        public static PermitUntilTaskEnds withHandOff(int threads) {
            return new PermitUntilTaskEnds(fixedPool(threads, new SynchronousQueue<>()), threads);
        }

        PermitUntilTaskEnds(ThreadPoolExecutor pool, int permits) {
            this.pool = pool;
            this.permits = new Semaphore(permits);
        }

        @Override
        public void put(Runnable task) throws InterruptedException {
            // tag::permit-until-task-ends[]
            executeWithPermit(permits, pool, () -> {
                try {
                    task.run();
                } finally {
                    permits.release(); // the task ends; its worker has not yet taken the next task from the queue
                }
            });
            // end::permit-until-task-ends[]
        }

        ThreadPoolExecutor pool() {
            return pool;
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    /**
     * Racy as well: the pool gives the permit back in {@code afterExecute}, which its worker runs after the task
     * and, like the {@code finally} above, before it takes the next task from the queue.
     */
    public static class PermitUntilAfterExecute extends ThreadPoolExecutor implements Submitter {
        private final Semaphore permits;

        public PermitUntilAfterExecute(int threads, int queueCapacity) {
            super(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity));
            this.permits = new Semaphore(threads + queueCapacity);
        }

        @Override
        public void put(Runnable task) throws InterruptedException {
            executeWithPermit(permits, this, task);
        }

        @Override
        public void close() {
            super.close();
        }

        // tag::permit-until-after-execute[]
        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            permits.release(); // still on the worker, still before it takes the next task from the queue
        }
        // end::permit-until-after-execute[]
    }

    // tag::permit-per-queue-place[]
    /**
     * Holds: one permit per place in the queue, given back in {@code beforeExecute}, which a worker runs once it
     * has taken the task out of the queue (or was started with it). Every task in the queue still holds its
     * permit, and so does the submitter's own task, so the queue has a free place whenever execute offers one.
     */
    public static class PermitPerQueuePlace extends ThreadPoolExecutor implements Submitter {
        private final Semaphore permits;

        public PermitPerQueuePlace(int threads, int queueCapacity) {
            super(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity));
            this.permits = new Semaphore(queueCapacity);
        }

        @Override
        public void put(Runnable task) throws InterruptedException {
            executeWithPermit(permits, this, task);
        }

        @Override
        protected void beforeExecute(Thread worker, Runnable task) {
            permits.release(); // the task has left the queue: its place is free
        }
        // end::permit-per-queue-place[]

        @Override
        public void close() {
            super.close();
        }

        /** Permits free right now: places in the queue that no task holds. */
        int availablePermits() {
            return permits.availablePermits();
        }
    }

    /**
     * Holds, while the pool runs and has at least one thread: when the queue is full and the pool has all its
     * threads, the submitter waits in {@code put} for a worker to take a task out of the queue.
     */
    public static final class WaitForRoom implements RejectedExecutionHandler {
        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
            if (pool.isShutdown()) throw new RejectedExecutionException("the pool is shut down");
            try {
                pool.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for room in the queue", e);
            }
        }
    }

    /** A fixed pool with an {@link ArrayBlockingQueue} and {@link WaitForRoom} as its rejection handler. */
    public static Submitter waitingForRoom(int threads, int queueCapacity) {
        var pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                new WaitForRoom());
        return new Submitter() {
            @Override
            public void put(Runnable task) {
                pool.execute(task);
            }

            @Override
            public void close() {
                pool.close();
            }
        };
    }
}
