package exercises.support;

/**
 * A section of the book that explains a mistake. Failure messages name one, so a learner knows where to read.
 * The build checks that every anchor used here exists in the chapter's text (see ExercisesAreProvenTest).
 */
public record Lesson(String chapter, String anchor, String title) {

    public static final String BOOK = "docs/target/generated-docs/";

    // Chapter 01: threads by hand
    public static final Lesson JOIN = new Lesson("01-threads-by-hand", "join-waits-for-a-thread", "join() waits for a thread");
    public static final Lesson WITHOUT_JOIN = new Lesson("01-threads-by-hand", "what-goes-wrong-without-join", "What goes wrong without join()");

    // Chapter 02: thread pools
    public static final Lesson WAITING = new Lesson("02-thread-pools", "waiting-for-the-pool", "Waiting for the pool");
    public static final Lesson SHUTDOWN_IS_NOT_WAITING = new Lesson("02-thread-pools", "shutdown-is-not-waiting", "shutdown() is not waiting");
    public static final Lesson AWAIT_RESULT = new Lesson("02-thread-pools", "check-what-awaittermination-returns", "Check what awaitTermination returns");
    public static final Lesson INTERRUPTS = new Lesson("02-thread-pools", "interrupted-while-waiting", "Interrupted while waiting");
    public static final Lesson SHUTDOWN_NOW = new Lesson("02-thread-pools", "shutdownnow-stops-work", "shutdownNow() stops work, it does not finish it");
    public static final Lesson SLEEPING = new Lesson("02-thread-pools", "sleeping-is-not-waiting", "Sleeping is not waiting");
    public static final Lesson BUSY_WAITING = new Lesson("02-thread-pools", "busy-waiting", "Busy-waiting");
    public static final Lesson EVERY_FUTURE = new Lesson("02-thread-pools", "every-future", "Wait for every future, not the last one");
    public static final Lesson NEVER_SHUT_DOWN = new Lesson("02-thread-pools", "a-pool-never-shut-down", "A pool that is never shut down");
    public static final Lesson RESULTS_IN_ORDER = new Lesson("02-thread-pools", "results-in-submission-order", "Results in the order of submission");
    public static final Lesson SUBMIT_KEEPS_EXCEPTIONS = new Lesson("02-thread-pools", "where-a-tasks-exception-goes", "Where a task's exception goes: submit() and execute()");
    public static final Lesson TASKS_IN_THE_POOL = new Lesson("02-thread-pools", "tasks-belong-in-the-pool", "Tasks belong in the pool, the final line does not");

    // Chapter 03: process pools
    public static final Lesson WAIT_FOR_WORKERS = new Lesson("03-process-pools", "waiting-for-worker-processes", "Waiting for worker processes");
    public static final Lesson CLOSE_ENDS_WORKERS = new Lesson("03-process-pools", "closing-ends-the-workers", "Closing the pool ends the workers");
    public static final Lesson OUTPUT_HANDED_BACK = new Lesson("03-process-pools", "output-from-many-processes", "Output from many processes");
    public static final Lesson PROCESS_PER_TASK = new Lesson("03-process-pools", "a-process-per-task", "A process per task");

    // Chapter 04: futures, results and failures
    public static final Lesson GET_AND_FAILURES = new Lesson("04-futures", "get-and-execution-exception", "get() and ExecutionException");
    public static final Lesson FAILURE_NOBODY_READS = new Lesson("04-futures", "a-failure-nobody-reads", "A failure nobody reads");
    public static final Lesson TIMEOUTS = new Lesson("04-futures", "timeouts-and-cancellation", "Timeouts and cancellation");
    public static final Lesson EVERY_OUTCOME = new Lesson("04-futures", "every-outcome", "Collecting every outcome");
    public static final Lesson ON_YOUR_POOL = new Lesson("04-futures", "completablefuture-on-your-pool", "CompletableFuture on your own pool");
    public static final Lesson CHAIN_FAILURES = new Lesson("04-futures", "failures-in-a-chain", "Failures in a chain: exceptionally and handle");
    public static final Lesson WITHOUT_EXECUTOR = new Lesson("04-futures", "supplyasync-without-an-executor", "supplyAsync without an executor");

    // Chapter 05: sizing a pool
    public static final Lesson CPU_BOUND = new Lesson("05-sizing-a-pool", "cpu-bound-work", "CPU-bound work: a thread per core");
    public static final Lesson LITTLES_LAW = new Lesson("05-sizing-a-pool", "littles-law", "Work that waits: Little's law");
    public static final Lesson BOUNDED_QUEUES = new Lesson("05-sizing-a-pool", "bounded-queues", "Bounded queues: when a pool adds threads");
    public static final Lesson REJECTION_POLICIES = new Lesson("05-sizing-a-pool", "rejection-policies", "When the queue is full: rejection policies");
    public static final Lesson SEMAPHORE_RACE = new Lesson("05-sizing-a-pool", "semaphore-race", "A semaphore in front of a bounded queue: the race");
    public static final Lesson BACK_PRESSURE = new Lesson("05-sizing-a-pool", "caller-runs-back-pressure", "Losing nothing: back-pressure");

    // Chapter 06: virtual threads
    public static final Lesson VIRTUAL_SEED = new Lesson("06-virtual-threads", "the-seed-on-virtual-threads", "The seed on virtual threads");
    public static final Lesson VIRTUAL_DAEMONS = new Lesson("06-virtual-threads", "virtual-threads-are-daemons", "Virtual threads are daemon threads");
    public static final Lesson DO_NOT_POOL = new Lesson("06-virtual-threads", "do-not-pool-virtual-threads", "Do not pool virtual threads");
    public static final Lesson SEMAPHORE = new Lesson("06-virtual-threads", "limit-with-a-semaphore", "Limit concurrency with a semaphore");

    // Chapter 07: downloading many pages
    public static final Lesson REPORT_AFTER_DOWNLOADS = new Lesson("07-concurrent-downloads", "every-page-then-the-report", "Every page, then the report");
    public static final Lesson FAILURES_ARE_OUTCOMES = new Lesson("07-concurrent-downloads", "failures-are-outcomes", "Failures are outcomes, not exceptions");
    public static final Lesson RETRIES = new Lesson("07-concurrent-downloads", "downloads-retries", "Retries with backoff");

    // Chapter 08: beyond one machine
    public static final Lesson AWAIT_DOES_NOT_WAIT = new Lesson("08-beyond-one-machine", "awaittermination-does-not-wait", "awaitTermination does not wait");
    public static final Lesson CLOSE_NEVER_RETURNS = new Lesson("08-beyond-one-machine", "close-never-returns", "close() never returns");
    public static final Lesson CLUSTER_FUTURES = new Lesson("08-beyond-one-machine", "wait-on-the-cluster-futures", "Wait on the futures");

    // Chapter 09: testing concurrent code
    public static final Lesson SLEEPING_TESTS = new Lesson("09-testing-concurrent-code", "sleeping-tests-lie", "Why a test that sleeps lies");
    public static final Lesson TEST_GATES = new Lesson("09-testing-concurrent-code", "a-gate-the-test-owns", "A gate the test owns");
    public static final Lesson TEST_RELEASE_ORDERS = new Lesson("09-testing-concurrent-code", "adversarial-release-orders", "Adversarial release orders");
    public static final Lesson TEST_TIMED_WAITS = new Lesson("09-testing-concurrent-code", "timed-waits-made-to-time-out", "Timed waits made to time out");
    public static final Lesson TEST_INTERRUPTS = new Lesson("09-testing-concurrent-code", "interrupting-the-waiting-thread", "Interrupting the waiting thread");
    public static final Lesson TEST_COMPLETENESS = new Lesson("09-testing-concurrent-code", "completeness-checks", "Completeness checks");
    public static final Lesson YOU_WRITE_THE_TEST = new Lesson("09-testing-concurrent-code", "you-write-the-test", "You write the test");

    @Override
    public String toString() {
        return "read chapter " + chapter.substring(0, 2) + ", section \"" + title + "\" (" + BOOK + chapter + ".html#" + anchor + ")";
    }
}
