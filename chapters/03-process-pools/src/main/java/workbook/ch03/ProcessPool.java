package workbook.ch03;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A fixed number of long-lived worker JVMs that run {@link WorkerTask}s, with an ExecutorService-like API:
 * {@link #submit} queues a task and returns a {@link TaskFuture}; {@link #close()} waits for every submitted
 * task, then ends the workers, so try-with-resources works.
 *
 * <ul>
 *   <li>Workers are started with {@link ProcessBuilder}: this JVM's {@code java}, this JVM's class path, no shell.
 *       Tasks go to a worker's stdin and replies come back on its stdout, one line each ({@link Protocol}), each
 *       reply marked with a secret token that only the pool and that worker know: what a task writes to the
 *       worker's stdout (even to file descriptor 1 directly) is never read as a reply; the pool copies it to its
 *       stderr. A worker's stderr is this JVM's stderr. A task's {@code System.in} is empty.</li>
 *   <li>Only task classes given to the constructor may run; the worker gets the same allow-list.</li>
 *   <li>No task is lost: a worker acknowledges each task just before it runs it. A worker that dies fails only
 *       the task it had acknowledged ({@link WorkerCrashedException}, with its exit code) and is replaced by a
 *       new one in the same slot; a task it had not acknowledged never ran and goes to the new worker. A worker
 *       found dead while idle is replaced before a task is sent to its slot.</li>
 *   <li>A task may have a time limit ({@link #submit(Class, String, Duration)}): past it, the worker is killed
 *       and replaced and the task fails with a {@link TimeoutException}.</li>
 *   <li>No orphans: {@link #close()} ends the workers and waits until they have exited; a shutdown hook kills
 *       them if this JVM is asked to exit (SIGTERM, Ctrl-C, System.exit); on Linux, when {@code setpriv} is
 *       installed, each worker gets SIGKILL from the kernel when this JVM dies (a parent-death signal), even a
 *       worker that is stopped; and everywhere each worker exits by itself when this JVM dies, even by SIGKILL,
 *       because its stdin then ends.</li>
 * </ul>
 */
public final class ProcessPool implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final TaskFuture STOP = new TaskFuture(-1, "stop", "", null, (f, nanos) -> false);

    /**
     * The most workers a pool may have: each is a JVM of its own (tens of megabytes, a second of CPU to start), and
     * a size beyond this is far more likely a mistake than a plan. Larger sizes are an IllegalArgumentException.
     */
    public static final int MAX_SIZE = 256;

    /**
     * How long a new worker JVM may take to say READY before the pool kills it: a robustness limit, far above a
     * normal start (a tenth of a second, a few seconds with many JVMs starting at once on few cores), so that a
     * worker that hangs before READY fails the pool's constructor, or a replacement, instead of blocking it forever.
     */
    public static final Duration READY_LIMIT = Duration.ofSeconds(60);

    /**
     * How long {@link #close()} gives each worker to exit after its stdin ended, before it kills it; also how long
     * close() lets a worker stay stopped (SIGSTOP, seen on Linux) while it runs a task, before it kills it.
     */
    public static final Duration EXIT_LIMIT = Duration.ofSeconds(5);

    /** How many workers in a row may end before they acknowledge a task, before the pool gives up on that task. */
    static final int MAX_DELIVERIES = 3;

    /** A worker slot's start: when the pool started a JVM there and when it said READY (pool's nanoTime). */
    public record WorkerStart(int slot, long pid, long startedNanos, long readyNanos) {}

    private final int size;
    private final Set<String> allowed;
    private final List<String> command;
    private final LinkedBlockingQueue<TaskFuture> queue = new LinkedBlockingQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<Thread> dispatchers = new CopyOnWriteArrayList<>();
    private final List<WorkerProcess> workers = new CopyOnWriteArrayList<>(); // the current worker of each slot, or null
    // On demand (see onDemand): the slots with no worker yet, and what decides when one is started (under the lock).
    private final java.util.ArrayDeque<Integer> freeSlots = new java.util.ArrayDeque<>();
    private final int maxStarting;
    private int starting;      // workers started on demand that have not yet said READY
    private int waiting;       // tasks queued and not yet taken by a slot
    private int idle;          // slots whose worker waits for a task
    private final List<WorkerStart> starts = new CopyOnWriteArrayList<>();
    private final List<Process> everyProcess = new CopyOnWriteArrayList<>();
    private final Set<Long> killedWhileStopped = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook;
    private final String name = "process-pool-" + POOLS.incrementAndGet();
    // Every worker is started by this one thread, which lives until the pool has ended: on Linux a worker's
    // parent-death signal fires when the thread that started it ends, not only when this JVM does.
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon(true).name(name + "-launcher").unstarted(r));
    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1,
            r -> Thread.ofPlatform().daemon(true).name(name + "-watchdog").unstarted(r));
    // tag::lifecycle[]
    /**
     * The pool's life: each state, and what moves the pool on from it (forward only; every move but the
     * last is made under the pool's lock):
     * <pre>
     *   RUNNING      close(): CLOSING               kill(): KILLED
     *   CLOSING      kill(): KILLED                 every worker has exited: TERMINATED
     *   KILLED       a close() that finishes: TERMINATED
     *   TERMINATED   (the end)
     * </pre>
     * RUNNING takes tasks. CLOSING takes none; queued tasks still run, then each worker is told
     * to exit. KILLED takes none; every worker was sent SIGKILL and every unfinished task fails.
     * TERMINATED: close() saw every worker exit. isShutdown() is true from CLOSING on,
     * isTerminated() only in TERMINATED.
     */
    private enum State { RUNNING, CLOSING, KILLED, TERMINATED }

    private volatile State state = State.RUNNING;
    // end::lifecycle[]
    private volatile Consumer<TaskFuture> onSubmit = f -> {};

    /** Starts {@code size} workers that may run the given task classes, with default JVM options. */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks) {
        this(size, allowedTasks, List.of());
    }

    /**
     * Starts {@code size} workers and waits until every one is ready (each has {@link #READY_LIMIT} to say so).
     *
     * @param jvmOptions extra options for the worker JVMs, e.g. {@code -XX:AOTCache=worker.aot}. Whatever the JVM
     *        writes to a worker's stdout is not read as a reply (it lacks the worker's token), but it is copied to
     *        this JVM's stderr, so send logging to stderr anyway ({@code -Xlog:gc:stderr}, not {@code -Xlog:gc}).
     * @throws IllegalArgumentException if size &lt; 1 or &gt; {@link #MAX_SIZE}, or no task class is allowed
     * @throws NullPointerException if a collection or one of its elements is null
     * @throws IllegalStateException if a worker cannot be started, exits, or does not say READY within {@link #READY_LIMIT},
     *         or if this JVM is already shutting down
     */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions) {
        this(size, allowedTasks, jvmOptions, System.getProperty("java.class.path"));
    }

    /**
     * Like {@link #ProcessPool(int, Collection, List)}, with another class path for the workers (e.g. one jar, for an AOT cache).
     *
     * <p>If this JVM starts to shut down (Ctrl-C, SIGTERM) while the constructor waits for its workers, the pool's
     * shutdown hook kills them and the constructor never returns: the calling thread waits for the JVM to end,
     * so a start-up cut short leaves no worker and prints no stack trace.
     */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions, String classPath) {
        this(size, allowedTasks, jvmOptions, classPath, 0);
    }

    // tag::on-demand[]
    /**
     * A pool that starts no worker when made, and then starts them on demand, as Python's
     * {@code ProcessPoolExecutor} does: one more worker whenever more tasks wait than there are
     * idle workers and workers already starting, up to {@code size} workers in all, and at most
     * one per core ({@link Runtime#availableProcessors()}) starting at the same time. JVMs that
     * start together share the cores: more at once would not make the first one ready sooner.
     * A worker, once started, stays until close() or kill(). A worker that cannot be started
     * fails one waiting task with a {@link RejectedExecutionException} that gives the reason;
     * the pool tries again while tasks wait. Short tasks, like the seed's, start only as many
     * workers as they keep busy.
     */
    public static ProcessPool onDemand(int size, Collection<Class<? extends WorkerTask>> allowedTasks,
                                       List<String> jvmOptions) {
        return onDemand(size, allowedTasks, jvmOptions, Runtime.getRuntime().availableProcessors());
    }
    // end::on-demand[]

    /** Like {@link #onDemand(int, Collection, List)}, with the default JVM options. */
    public static ProcessPool onDemand(int size, Collection<Class<? extends WorkerTask>> allowedTasks) {
        return onDemand(size, allowedTasks, List.of());
    }

    /** On demand with at most {@code maxStarting} workers starting at once (for measurements). */
    static ProcessPool onDemand(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions, int maxStarting) {
        if (maxStarting <= 0) throw new IllegalArgumentException("maxStarting must be at least 1, got " + maxStarting);
        return new ProcessPool(size, allowedTasks, jvmOptions, System.getProperty("java.class.path"), maxStarting);
    }

    /** maxStarting 0: every worker now, in parallel; more: on demand, at most that many starting at once. */
    private ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions, String classPath,
                        int maxStarting) {
        if (size <= 0) throw new IllegalArgumentException("a process pool needs at least one worker, got " + size);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("a process pool has at most ProcessPool.MAX_SIZE = " + MAX_SIZE
                    + " workers (each is a JVM), got " + size);
        }
        Objects.requireNonNull(allowedTasks, "allowedTasks is null: give the task classes the workers may run");
        Objects.requireNonNull(jvmOptions, "jvmOptions is null: pass List.of() for none");
        Objects.requireNonNull(classPath, "classPath is null (is java.class.path unset?): give the workers' class path");
        if (allowedTasks.isEmpty()) throw new IllegalArgumentException("allow at least one task class");
        var names = new LinkedHashSet<String>();
        for (var c : allowedTasks) names.add(Objects.requireNonNull(c, "allowedTasks holds null: " + allowedTasks).getName());
        for (var o : jvmOptions) Objects.requireNonNull(o, "jvmOptions holds null: " + jvmOptions);
        this.size = size;
        this.maxStarting = maxStarting;
        for (int slot = 0; slot < size; slot++) workers.add(null);
        this.allowed = Set.copyOf(names);
        this.command = workerCommand(jvmOptions, classPath, names);
        this.shutdownHook = new Thread(this::kill, name + "-shutdown");
        watchdog.setRemoveOnCancelPolicy(true);
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook); // before the first worker: Ctrl-C from now on kills them
        } catch (IllegalStateException shuttingDown) {
            endThreads();
            throw new IllegalStateException(name + ": this JVM is shutting down; no pool can start now");
        }

        if (maxStarting > 0) {                          // on demand: submit() starts the first
            for (int slot = 0; slot < size; slot++) freeSlots.add(slot);
            return;
        }
        var launched = new ArrayList<Launch>();
        try {
            for (int slot = 0; slot < size; slot++) launched.add(launch(slot)); // all at once: they start in parallel
            for (var l : launched) workers.set(l.slot(), awaitReady(l));
        } catch (RuntimeException e) {
            for (var l : launched) l.process().destroyForcibly();
            if (state == State.KILLED) throw waitForTheJvmToEnd();        // the shutdown hook ran: this JVM is ending
            removeShutdownHook();
            endThreads();
            throw e;
        }
        synchronized (this) {
            idle = size;
        }
        for (int slot = 0; slot < size; slot++) {
            int s = slot;
            dispatchers.add(Thread.ofPlatform().name(name + "-slot-" + slot).daemon(true).start(() -> dispatch(s)));
        }
    }

    /** Blocks for good: called only once a shutdown hook has begun, so the JVM halts when the hooks are done. */
    private static RuntimeException waitForTheJvmToEnd() {
        var never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                // the JVM is ending; nothing else to do
            }
        }
    }

    // tag::command[]
    static List<String> workerCommand(List<String> jvmOptions, String classPath,
                                      Collection<String> allowedTasks) {
        var cmd = new ArrayList<String>();
        SETPRIV.ifPresent(setpriv -> {                // Linux: the kernel sends the worker SIGKILL when the
            cmd.addAll(List.of(setpriv, "--pdeathsig", "KILL")); // thread that started it ends (then execs java)
        });
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); // this JVM's java
        cmd.add("-Xlog:disable");                    // the JVM's own warnings go to stdout by default:
        cmd.add("-Xlog:all=warning:stderr");         // send them to stderr, stdout is for replies only
        if (Runtime.version().feature() >= 22) {     // the flag is new in JDK 22; the worker runs this JVM's java
            cmd.add("-XX:UserThreadWaitAttemptsAtExit=0"); // exit at once, even while a task waits in native code
        }
        cmd.add("-XX:+ExitOnOutOfMemoryError");      // a worker out of memory exits (code 3) and is replaced
        cmd.add("-XX:+DisplayVMOutputToStderr");     // the JVM's other messages (e.g. that exit's): stderr too
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);                          // normally this JVM's class path
        cmd.add(workbook.ch03.Worker.class.getName());
        cmd.addAll(allowedTasks);                    // the allow-list
        return cmd;
    }
    // end::command[]

    /**
     * util-linux's {@code setpriv}, if this is Linux and it can set a parent-death signal: it calls
     * {@code prctl(PR_SET_PDEATHSIG)} and then execs the worker's {@code java}, which Java alone cannot do
     * between {@code fork} and {@code exec}. Elsewhere, end-of-file on stdin and the parent watch remain.
     */
    static final java.util.Optional<String> SETPRIV = findSetpriv();

    private static java.util.Optional<String> findSetpriv() {
        if (!System.getProperty("os.name").equals("Linux")) return java.util.Optional.empty();
        for (var dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            var candidate = Path.of(dir.isEmpty() ? "." : dir, "setpriv");
            if (!Files.isExecutable(candidate)) continue;
            try {   // an old setpriv (util-linux before 2.33) has no --pdeathsig: try it once
                var probe = new ProcessBuilder(candidate.toString(), "--pdeathsig", "KILL", "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) return java.util.Optional.of(candidate.toString());
                probe.destroyForcibly();
            } catch (IOException e) {
                // not usable
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private record Launch(int slot, Process process, String token, long startedNanos) {}

    private record WorkerProcess(int slot, Process process, String token, Writer in, BufferedReader out) {
        long pid() { return process.pid(); }
    }

    /** Starts a worker JVM on the launcher thread and gives it its token; does not wait for it to be ready. */
    private Launch launch(int slot) {
        java.util.concurrent.Future<Launch> started;
        try {
            started = launcher.submit(() -> startWorker(slot));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(name + " was killed; no new worker for slot " + slot);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return started.get();      // quick: only the fork and exec; the JVM starts in the worker
                } catch (InterruptedException e) {
                    interrupted = true;        // wait on: a process may be under way, and must not be lost
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private Launch startWorker(int slot) {
        try {
            long t0 = System.nanoTime();
            // tag::start-worker[]
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT) // the worker's stderr is ours: no pipe to fill
                    .start();                                        // stdin and stdout are pipes to this JVM
            // end::start-worker[]
            everyProcess.add(p);
            String token = Protocol.newToken();
            try {
                p.getOutputStream().write((token + "\n").getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().flush();
            } catch (IOException e) {
                // it exited already: awaitReady says so
            }
            if (state == State.KILLED) p.destroyForcibly();   // kill() ran while it started
            return new Launch(slot, p, token, t0);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot start a worker JVM with " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    private WorkerProcess awaitReady(Launch l) {
        var p = l.process();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        var first = new CompletableFuture<String>();
        Thread.ofPlatform().daemon(true).name(name + "-ready-" + l.slot()).start(() ->
                first.complete(nextMessage(l.slot(), p, l.token(), out)));    // null if the worker exits first
        String message;
        try {
            message = first.get(READY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            p.destroyForcibly();                    // ends the reader too: its pipe closes
            throw new IllegalStateException(name + ": worker " + l.slot() + " (pid " + p.pid() + ") did not say READY within "
                    + READY_LIMIT.toSeconds() + " s; killed it");
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while worker " + l.slot() + " started", e);
        } catch (ExecutionException e) {
            message = null;
        }
        if (Protocol.parseReady(message) != p.pid()) {
            p.destroyForcibly();
            throw new IllegalStateException(name + ": worker " + l.slot() + " (pid " + p.pid() + ") did not start: "
                    + (message == null ? "it exited with code " + exitCode(p) : "its first message was '" + message + "', not READY"));
        }
        starts.add(new WorkerStart(l.slot(), p.pid(), l.startedNanos(), System.nanoTime()));
        return new WorkerProcess(l.slot(), p, l.token(), new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), out);
    }

    /**
     * The next message from a worker: the next line that starts with its token, without it; null at end of file.
     * Other lines were written by a task or the JVM, not by the worker's protocol code: they go to our stderr.
     */
    private String nextMessage(int slot, Process p, String token, BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                String message = Protocol.unframe(token, line);
                if (message != null) return message;
                if (!line.isEmpty()) {
                    System.err.println(name + " worker " + slot + " (pid " + p.pid() + ") wrote to its stdout: " + abbreviate(line));
                }
            }
        } catch (IOException e) {
            // the pipe is gone, like end of file
        }
        return null;
    }

    private String nextMessage(WorkerProcess w) {
        return nextMessage(w.slot(), w.process(), w.token(), w.out());
    }

    /**
     * Queues a task for the next free worker.
     *
     * @throws IllegalArgumentException if the task class is not on the allow-list, or the argument holds a
     *         lone surrogate (a char UTF-8 cannot carry)
     * @throws NullPointerException if the task class or the argument is null
     * @throws RejectedExecutionException if the pool is closed
     */
    public TaskFuture submit(Class<? extends WorkerTask> task, String argument) {
        Objects.requireNonNull(task, "task class is null: give one of " + allowed);
        return submit(task.getName(), argument);
    }

    /** Like {@link #submit(Class, String)}, with the task's class name. */
    public TaskFuture submit(String taskClassName, String argument) {
        return submit(taskClassName, argument, null);
    }

    /**
     * Like {@link #submit(Class, String)}, with a time limit counted from when a worker is sent the task. A task
     * still unanswered then fails with a {@link TimeoutException} (as the cause of get()'s ExecutionException)
     * naming the task and the worker; the worker is killed (it may be in the middle of anything) and replaced.
     *
     * @throws IllegalArgumentException also if the limit is zero or negative
     */
    public TaskFuture submit(Class<? extends WorkerTask> task, String argument, Duration limit) {
        Objects.requireNonNull(task, "task class is null: give one of " + allowed);
        Objects.requireNonNull(limit, "limit is null: use submit(task, argument) for a task without a time limit");
        return submit(task.getName(), argument, limit);
    }

    private TaskFuture submit(String taskClassName, String argument, Duration limit) {
        Objects.requireNonNull(taskClassName, "task class name is null: give one of " + allowed);
        if (!allowed.contains(taskClassName)) {
            throw new IllegalArgumentException("unknown task '" + taskClassName + "': this pool allows only " + allowed);
        }
        Objects.requireNonNull(argument, "argument is null: pass \"\" for a task without an argument");
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("a time limit must be positive, got " + limit);
        }
        Protocol.checkCarriable(argument, "the argument of " + taskClassName);
        var f = new TaskFuture(ids.incrementAndGet(), taskClassName, argument, limit, (future, nanos) -> timedGetsAtOnce.timeOutNow(future, nanos));
        synchronized (this) {
            if (state != State.RUNNING) throw new RejectedExecutionException(name + " is closed; " + f + " was not accepted");
            queue.add(f);
            waiting++;
            startWorkersOnDemand();
        }
        onSubmit.accept(f);
        return f;
    }

    /** For tests: which timed gets of an unfinished task time out at once (see {@link #timeOutTimedGets}). */
    @FunctionalInterface
    public interface TimedGetsAtOnce {
        /** Whether this timed get of {@code future}, whose task is unfinished, asking for {@code timeoutNanos}, times out now. */
        boolean timeOutNow(TaskFuture future, long timeoutNanos);
    }

    private volatile TimedGetsAtOnce timedGetsAtOnce = (future, nanos) -> false;

    /**
     * For tests: a timed {@code get} of this pool's futures that finds its task unfinished throws
     * {@link java.util.concurrent.TimeoutException} at once, whatever its timeout, whenever {@code rule} says so, as any
     * timed wait may (chapter 09, "Timed waits made to time out"). Code that takes a timeout for the end of the task is
     * then caught on every run, not only when the task happens to outlast the timeout; code that waits again is not
     * affected, once the rule lets a get really wait.
     */
    public ProcessPool timeOutTimedGets(TimedGetsAtOnce rule) {
        this.timedGetsAtOnce = Objects.requireNonNull(rule, "rule is null: pass (future, nanos) -> false for none");
        return this;
    }

    /** Calls {@code listener} with every task accepted from now on, right after it is queued (for monitoring and tests). */
    public ProcessPool onSubmit(Consumer<TaskFuture> listener) {
        this.onSubmit = Objects.requireNonNull(listener, "listener is null: pass f -> {} for none");
        return this;
    }

    // tag::dispatch[]
    /** One thread per slot: take a task, send it, read the reply; replace the worker if it died. */
    private void dispatch(int slot) {
        while (true) {
            TaskFuture task;               // counted as idle while it waits here
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) return;
            synchronized (this) {
                idle--;
                waiting--;
                startWorkersOnDemand();    // on demand: one more worker if tasks outnumber idle ones
            }
            if (task.start()) {            // not cancelled while queued
                for (int delivery = 1; !deliver(slot, task, delivery); delivery++) {
                    // the worker ended before it took the task: the task never ran, so a fresh worker gets it
                }
            }
            synchronized (this) {
                idle++;
            }
        }
    }

    /** Sends the task to the slot's worker and settles it; false if the worker ended before starting it. */
    private boolean deliver(int slot, TaskFuture task, int delivery) {
        var w = workers.get(slot);
        if (!w.process().isAlive()) {          // it died while idle: a new worker first, then the task
            w = replace(slot, w);
            if (w == null) {
                String why = state == State.KILLED ? "the pool was killed"
                        : "a new one could not be started (see stderr)";
                task.fail(new RejectedExecutionException(
                        name + ": no worker in slot " + slot + " for " + task + ": " + why));
                return true;
            }
        }
        var alarm = new Alarm(task, w);
        long sent = System.nanoTime();
        try {
            w.in().write(Protocol.run(task.id(), task.task(), task.argument()) + "\n");
            w.in().flush();
        } catch (IOException e) {
            // the worker is gone; what it wrote before still tells whether it took the task
        }
        String message = nextMessage(w);       // STARTED <id>, or a reply if it refused the task
        boolean started = Protocol.parseStarted(message) == task.id();
        if (started) message = nextMessage(w); // blocks until the worker answers (or dies: null)
        alarm.cancel();
        var reply = Protocol.parseReply(message);
        if (reply != null && reply.id() == task.id()) {
            if (reply.ok()) {
                task.complete(new TaskResult(task.id(), task.task(), task.argument(), reply.text(),
                        reply.printed(), slot, w.pid(), sent, System.nanoTime()));
            } else {
                String trace = reply.text();    // the remote stack trace; its first line is the exception
                task.fail(new TaskFailedException(task + " failed in worker " + slot + " (pid " + w.pid() + "): "
                        + trace.lines().findFirst().orElse(""), reply.printed(), trace));
            }
            return true;
        }
        if (state == State.KILLED) {
            String when = started ? " ran" : " waited to start";
            task.fail(new RejectedExecutionException(name + " was killed while " + task + when));
            return true;
        }
        if (message == null && !started && !alarm.rang() && delivery < MAX_DELIVERIES) {
            replace(slot, w);                   // it never ran: deliver it again
            return false;
        }
        Exception failure = failure(slot, w, task, message, started, alarm, delivery);
        try {
            replace(slot, w);               // first the new worker, so the pool is whole again when get() throws;
        } finally {                         // replace() is bounded (READY_LIMIT); the task fails whatever it does
            task.fail(failure);
        }
        return true;
    }
    // end::dispatch[]

    /**
     * On demand: starts workers while more tasks wait than there are idle and starting workers, up to the pool's
     * size and {@code maxStarting} at once. Each gets its slot's thread, which starts it, then dispatches.
     * Called under the lock whenever one of those numbers changes.
     */
    private void startWorkersOnDemand() {
        while (state != State.KILLED && state != State.TERMINATED && !freeSlots.isEmpty()
                && starting < maxStarting && waiting > idle + starting) {
            int slot = freeSlots.poll();
            starting++;
            dispatchers.add(Thread.ofPlatform().name(name + "-slot-" + slot).daemon(true).start(() -> startThenDispatch(slot)));
        }
    }

    /**
     * A slot's thread in a pool started on demand: start its worker, then dispatch. A start that fails fails one
     * waiting task with the reason, then the slot tries again if more tasks wait, or is given back.
     */
    private void startThenDispatch(int slot) {
        while (true) {
            try {
                var w = awaitReady(launch(slot));
                workers.set(slot, w);
                if (state == State.KILLED) w.process().destroyForcibly(); // kill() ran while it started
                break;
            } catch (RuntimeException e) {
                TaskFuture task;
                synchronized (this) {
                    task = state == State.KILLED ? null : queue.poll();
                    if (task != null && task != STOP) waiting--;
                }
                if (task != null && task != STOP) {
                    task.fail(new RejectedExecutionException(name + ": could not start a worker for " + task + ": " + e.getMessage(), e));
                }
                synchronized (this) {
                    if (task == STOP || state == State.KILLED || waiting == 0) {   // the pool ends, or no task waits
                        starting--;
                        freeSlots.add(slot);
                        return;
                    }
                }
            }
        }
        synchronized (this) {
            starting--;                     // ready: from starting to idle at once, so no other worker is
            idle++;                         // started for the task this one is about to take
        }
        dispatch(slot);
    }

    private Exception failure(int slot, WorkerProcess w, TaskFuture task, String message, boolean started, Alarm alarm, int delivery) {
        String worker = "worker " + slot + " (pid " + w.pid() + ")";
        if (alarm.rang()) {
            return new TimeoutException(task + " did not finish within its limit of " + task.limit().toMillis() + " ms in "
                    + worker + (started ? "" : ", which had not started it") + "; the pool killed that worker and started another");
        }
        if (message == null && !started) {
            int code = exitCode(w.process());
            return new WorkerCrashedException(task + " was never started: " + delivery + " workers in a row ended before they took it; the last, "
                    + worker + ", with exit code " + code, code);
        }
        if (message == null) {
            int code = exitCode(w.process());
            if (killedWhileStopped.contains(w.pid())) {
                return new WorkerCrashedException(worker + " was stopped (SIGSTOP) while it ran " + task
                        + " and the pool was closing; close() killed it", code);
            }
            return new WorkerCrashedException(worker + " died while running " + task + ": exit code " + code, code);
        }
        w.process().destroyForcibly();      // it broke the protocol: it cannot be trusted with another task
        return new MalformedReplyException(worker + " sent a malformed reply to " + task + ": '" + abbreviate(message) + "'"
                + (started ? "" : "; it had not said whether it started the task, so whether the task ran is unknown"));
    }

    /** Kills the worker when the task's time limit is up, unless cancelled first. */
    private final class Alarm {
        private final ScheduledFuture<?> timer;
        private volatile boolean rang;

        Alarm(TaskFuture task, WorkerProcess w) {
            ScheduledFuture<?> t = null;
            if (task.limit() != null) {
                try {
                    t = watchdog.schedule(() -> {
                        rang = true;
                        w.process().destroyForcibly();
                    }, task.limit().toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException poolKilled) {
                    // kill() ends the worker anyway
                }
            }
            this.timer = t;
        }

        void cancel() {
            if (timer != null) timer.cancel(false);
        }

        boolean rang() {
            return rang;
        }
    }

    /** Starts a new worker in the slot of a dead one; the new worker, or null if there is none (see stderr). */
    private WorkerProcess replace(int slot, WorkerProcess dead) {
        dead.process().destroyForcibly();
        exitCode(dead.process());
        if (state == State.KILLED) return null;
        try {
            var fresh = awaitReady(launch(slot));
            workers.set(slot, fresh);
            if (state == State.KILLED) fresh.process().destroyForcibly(); // kill() ran while it started
            return fresh;
        } catch (RuntimeException e) {
            if (state != State.KILLED) System.err.println(name + ": could not replace worker " + slot + ": " + e.getMessage());
            return null;
        }
    }

    private static int exitCode(Process p) {
        return exitCode(p, EXIT_LIMIT);
    }

    private static int exitCode(Process p, Duration limit) {
        try {
            if (p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) return p.exitValue();
            p.destroyForcibly();
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    /** The process ids of the current workers, slot by slot. */
    public List<Long> workerPids() {
        return workers.stream().filter(Objects::nonNull).map(WorkerProcess::pid).toList();
    }

    /** Every worker process this pool has started, including replaced ones. */
    public List<ProcessHandle> everyWorker() {
        return everyProcess.stream().map(Process::toHandle).toList();
    }

    /** When each worker was started and when it became ready, in the order they became ready. */
    public List<WorkerStart> workerStarts() {
        return List.copyOf(starts);
    }

    public int size() {
        return size;
    }

    /** The pool's shutdown hook, for tests that check it is no longer registered. */
    Thread shutdownHook() {
        return shutdownHook;
    }

    // tag::close[]
    /**
     * Waits for every submitted task to finish, then closes each worker's stdin and waits for the worker
     * to exit (killing it if it has not exited 5 s later). Idempotent. If interrupted while waiting, kills
     * the workers (failing unfinished tasks), finishes closing, and keeps the interrupt status set.
     * A worker that stays stopped (SIGSTOP) for 5 s while close() waits for its task is killed, and its task
     * fails with a {@link WorkerCrashedException}; this is seen where /proc shows process states (Linux).
     */
    @Override
    public void close() {
        close(EXIT_LIMIT);
    }

    /**
     * Like {@link #close()}, with another limit for each worker's exit
     * (a training run that writes an AOT cache needs longer).
     */
    public void close(Duration exitLimit) {
        Objects.requireNonNull(exitLimit, "exitLimit is null: use close() for the default " + EXIT_LIMIT);
        synchronized (this) {
            if (state == State.RUNNING) {
                state = State.CLOSING;
                for (int i = 0; i < size; i++) queue.add(STOP); // after every queued task
            }
        }
        boolean interrupted = false;
        var stoppedSince = new HashMap<Long, Long>();
        for (int i = 0; i < dispatchers.size(); i++) {  // on demand, the list may grow meanwhile
            var d = dispatchers.get(i);
            while (d.isAlive()) {
                try {
                    d.join(Duration.ofMillis(250)); // a stopped worker never answers: look every 250 ms
                } catch (InterruptedException e) {
                    interrupted = true;
                    kill();
                }
                if (d.isAlive()) killWorkersStoppedFor(exitLimit, stoppedSince);
            }
        }
        for (var w : workers) {
            if (w == null) continue;              // on demand: a slot never used
            try {
                w.in().close();                   // end of stdin: the worker exits by itself
            } catch (IOException ignored) {
                // already gone
            }
        }
        for (var p : everyProcess) exitCode(p, exitLimit); // wait until each worker has really exited
        removeShutdownHook();
        endThreads();
        state = State.TERMINATED;                 // every worker has exited: isTerminated() from now on
        if (interrupted) Thread.currentThread().interrupt();
    }
    // end::close[]

    private void killWorkersStoppedFor(Duration limit, Map<Long, Long> stoppedSince) {
        long now = System.nanoTime();
        for (var w : workers) {
            if (w == null) continue;
            if (!isStopped(w.pid())) {
                stoppedSince.remove(w.pid());
            } else if (now - stoppedSince.computeIfAbsent(w.pid(), pid -> now) >= limit.toNanos()) {
                killedWhileStopped.add(w.pid());
                w.process().destroyForcibly();    // SIGKILL ends a stopped process too
            }
        }
    }

    /** Linux: whether the process is stopped (state T, or t when traced), from /proc; false where there is no /proc. */
    static boolean isStopped(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'T' || state == 't';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to
        }
    }

    private void endThreads() {
        watchdog.shutdownNow();
        launcher.shutdown();      // its thread ends: on Linux, a worker still alive gets its parent-death signal
    }

    /** Whether {@link #close()} or {@link #kill()} has begun: no task is accepted any more. */
    public boolean isShutdown() {
        return state != State.RUNNING;
    }

    /**
     * Whether {@link #close()} has finished: every task was answered and every worker process this pool started
     * has exited (close() saw each exit). {@link #kill()} alone never makes this true: it does not wait.
     */
    public boolean isTerminated() {
        return state == State.TERMINATED;
    }

    /**
     * Kills every worker at once (SIGKILL on Linux) and fails every unfinished task; like
     * {@code shutdownNow()}, it does not wait. Also what the shutdown hook does. Afterwards the pool's shutdown
     * hook is no longer registered (unless this JVM is already shutting down).
     */
    public void kill() {
        synchronized (this) {
            if (state != State.TERMINATED) state = State.KILLED;
        }
        var left = new ArrayList<TaskFuture>();
        synchronized (this) {
            queue.drainTo(left);
            waiting = 0;
        }
        for (var t : left) {
            if (t != STOP) t.fail(new RejectedExecutionException(name + " was killed before " + t + " started"));
        }
        for (int i = 0; i < size; i++) queue.add(STOP);
        for (var p : everyProcess) p.destroyForcibly();
        if (Thread.currentThread() != shutdownHook) removeShutdownHook();
        endThreads();
    }

    @Override
    public String toString() {
        return name + " (" + size + " workers, pids " + workerPids() + ")";
    }
}
