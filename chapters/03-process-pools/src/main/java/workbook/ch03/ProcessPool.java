package workbook.ch03;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
 *       Tasks go to a worker's stdin and replies come back on its stdout, one line each ({@link Protocol}).
 *       A worker's stderr is this JVM's stderr.</li>
 *   <li>Only task classes given to the constructor may run; the worker gets the same allow-list.</li>
 *   <li>A worker that dies fails only the task it was running ({@link WorkerCrashedException}, with its exit
 *       code) and is replaced by a new one in the same slot.</li>
 *   <li>No orphans: {@link #close()} ends the workers and waits until they have exited; a shutdown hook kills
 *       them if this JVM is asked to exit (SIGTERM, Ctrl-C, System.exit); and each worker exits by itself when
 *       this JVM dies, even by SIGKILL, because its stdin then ends.</li>
 * </ul>
 */
public final class ProcessPool implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final TaskFuture STOP = new TaskFuture(-1, "stop", "");

    /**
     * How long a new worker JVM may take to say READY before the pool kills it: a robustness limit, far above a
     * normal start (a tenth of a second, a few seconds with many JVMs starting at once on few cores), so that a
     * worker that hangs before READY fails the pool's constructor, or a replacement, instead of blocking it forever.
     */
    public static final java.time.Duration READY_LIMIT = java.time.Duration.ofSeconds(60);

    /** How long {@link #close()} gives each worker to exit after its stdin ended, before it kills it. */
    public static final java.time.Duration EXIT_LIMIT = java.time.Duration.ofSeconds(5);

    /** A worker slot's start: when the pool started a JVM there and when it said READY (pool's nanoTime). */
    public record WorkerStart(int slot, long pid, long startedNanos, long readyNanos) {}

    private final int size;
    private final Set<String> allowed;
    private final List<String> command;
    private final LinkedBlockingQueue<TaskFuture> queue = new LinkedBlockingQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<Thread> dispatchers = new ArrayList<>();
    private final List<Worker> workers = new CopyOnWriteArrayList<>(); // the current worker of each slot
    private final List<WorkerStart> starts = new CopyOnWriteArrayList<>();
    private final List<Process> everyProcess = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private final String name = "process-pool-" + POOLS.incrementAndGet();
    private volatile boolean closed;
    private volatile boolean killed;
    private volatile boolean terminated;
    private volatile Consumer<TaskFuture> onSubmit = f -> {};

    /** Starts {@code size} workers that may run the given task classes, with default JVM options. */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks) {
        this(size, allowedTasks, List.of());
    }

    /**
     * Starts {@code size} workers and waits until every one is ready (each has {@link #READY_LIMIT} to say so).
     *
     * @param jvmOptions extra options for the worker JVMs, e.g. {@code -XX:AOTCache=worker.aot}. A worker's stdout
     *        carries the protocol, so never add an option that makes the JVM write there: send logging to stderr
     *        ({@code -Xlog:gc:stderr}, not {@code -Xlog:gc}), or the pool reads the log lines as malformed replies.
     * @throws IllegalArgumentException if size &lt;= 0 or no task class is allowed
     * @throws IllegalStateException if a worker cannot be started, exits, or does not say READY within {@link #READY_LIMIT}
     */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions) {
        this(size, allowedTasks, jvmOptions, System.getProperty("java.class.path"));
    }

    /** Like {@link #ProcessPool(int, Collection, List)}, with another class path for the workers (e.g. one jar, for an AOT cache). */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks, List<String> jvmOptions, String classPath) {
        if (size <= 0) throw new IllegalArgumentException("a process pool needs at least one worker, got " + size);
        if (allowedTasks.isEmpty()) throw new IllegalArgumentException("allow at least one task class");
        this.size = size;
        var names = new LinkedHashSet<String>();
        for (var c : allowedTasks) names.add(c.getName());
        this.allowed = Set.copyOf(names);
        this.command = workerCommand(jvmOptions, classPath, names);
        this.shutdownHook = new Thread(this::kill, name + "-shutdown");

        var launched = new ArrayList<Launch>();
        try {
            for (int slot = 0; slot < size; slot++) launched.add(launch(slot)); // all at once: they start in parallel
            for (var l : launched) workers.add(awaitReady(l));
        } catch (RuntimeException e) {
            for (var l : launched) l.process().destroyForcibly();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        for (int slot = 0; slot < size; slot++) {
            int s = slot;
            dispatchers.add(Thread.ofPlatform().name(name + "-slot-" + slot).daemon(true).start(() -> dispatch(s)));
        }
    }

    // tag::command[]
    static List<String> workerCommand(List<String> jvmOptions, String classPath, Collection<String> allowedTasks) {
        var cmd = new ArrayList<String>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); // this JVM's java
        cmd.add("-Xlog:disable");                    // the JVM's own warnings go to stdout by default:
        cmd.add("-Xlog:all=warning:stderr");         // send them to stderr, stdout is for replies only
        if (Runtime.version().feature() >= 22) {     // the flag is new in JDK 22; the worker runs this JVM's java
            cmd.add("-XX:UserThreadWaitAttemptsAtExit=0"); // exit at once, even while a task waits in native code
        }
        cmd.add("-XX:+ExitOnOutOfMemoryError");      // a worker out of memory exits (code 3) and is replaced
        cmd.add("-XX:+DisplayVMOutputToStderr");     // the JVM's other messages (e.g. about that exit): stderr too
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);                                                          // normally this JVM's class path
        cmd.add(workbook.ch03.Worker.class.getName());
        cmd.addAll(allowedTasks);                                                   // the allow-list
        return cmd;
    }
    // end::command[]

    private record Launch(int slot, Process process, long startedNanos) {}

    private record Worker(int slot, Process process, Writer in, BufferedReader out) {
        long pid() { return process.pid(); }
    }

    private Launch launch(int slot) {
        try {
            long t0 = System.nanoTime();
            // tag::start-worker[]
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT) // the worker's stderr is ours: no pipe to fill
                    .start();                                        // stdin and stdout are pipes to this JVM
            // end::start-worker[]
            everyProcess.add(p);
            return new Launch(slot, p, t0);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot start a worker JVM with " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    private Worker awaitReady(Launch l) {
        var p = l.process();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        var first = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofPlatform().daemon(true).name(name + "-ready-" + l.slot()).start(() -> {
            try {
                first.complete(out.readLine());     // null if the worker exits first
            } catch (IOException e) {
                first.complete(null);
            }
        });
        String line;
        try {
            line = first.get(READY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();                    // ends the reader too: its pipe closes
            throw new IllegalStateException(name + ": worker " + l.slot() + " (pid " + p.pid() + ") did not say READY within "
                    + READY_LIMIT.toSeconds() + " s; killed it");
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while worker " + l.slot() + " started", e);
        } catch (java.util.concurrent.ExecutionException e) {
            line = null;
        }
        if (Protocol.parseReady(line) != p.pid()) {
            p.destroyForcibly();
            throw new IllegalStateException(name + ": worker " + l.slot() + " (pid " + p.pid() + ") did not start: "
                    + (line == null ? "it exited with code " + exitCode(p) : "its first line was '" + line + "', not READY"));
        }
        starts.add(new WorkerStart(l.slot(), p.pid(), l.startedNanos(), System.nanoTime()));
        return new Worker(l.slot(), p, new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), out);
    }

    /**
     * Queues a task for the next free worker.
     *
     * @throws IllegalArgumentException if the task class is not on the allow-list
     * @throws RejectedExecutionException if the pool is closed
     */
    public TaskFuture submit(Class<? extends WorkerTask> task, String argument) {
        return submit(task.getName(), argument);
    }

    /** Like {@link #submit(Class, String)}, with the task's class name. */
    public TaskFuture submit(String taskClassName, String argument) {
        if (!allowed.contains(taskClassName)) {
            throw new IllegalArgumentException("unknown task '" + taskClassName + "': this pool allows only " + allowed);
        }
        if (argument == null) throw new NullPointerException("argument");
        var f = new TaskFuture(ids.incrementAndGet(), taskClassName, argument);
        synchronized (this) {
            if (closed) throw new RejectedExecutionException(name + " is closed; " + f + " was not accepted");
            queue.add(f);
        }
        onSubmit.accept(f);
        return f;
    }

    /** Calls {@code listener} with every task accepted from now on, right after it is queued (for monitoring and tests). */
    public ProcessPool onSubmit(Consumer<TaskFuture> listener) {
        this.onSubmit = listener;
        return this;
    }

    // tag::dispatch[]
    /** One thread per slot: take a task, send it, read the reply; replace the worker if it died. */
    private void dispatch(int slot) {
        while (true) {
            TaskFuture task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) return;
            if (!task.start()) continue; // cancelled while queued
            var w = workers.get(slot);
            long sent = System.nanoTime();
            String line;
            try {
                w.in().write(Protocol.run(task.id(), task.task(), task.argument()) + "\n");
                w.in().flush();
                line = w.out().readLine();       // blocks until the worker answers (or dies: null)
            } catch (IOException e) {
                line = null;
            }
            var reply = Protocol.parseReply(line);
            if (reply != null && reply.id() == task.id()) {
                if (reply.ok()) {
                    task.complete(new TaskResult(task.id(), task.task(), task.argument(), reply.text(), reply.printed(),
                            slot, w.pid(), sent, System.nanoTime()));
                } else {
                    String trace = reply.text();    // the remote stack trace; its first line is the exception
                    task.fail(new TaskFailedException(task + " failed in worker " + slot + " (pid " + w.pid() + "): "
                            + trace.lines().findFirst().orElse(""), reply.printed(), trace));
                }
                continue;
            }
            if (killed) {
                task.fail(new RejectedExecutionException(name + " was killed while " + task + " ran"));
                return;
            }
            Exception failure;
            if (line == null) {
                int code = exitCode(w.process());
                failure = new WorkerCrashedException("worker " + slot + " (pid " + w.pid() + ") died while running " + task
                        + ": exit code " + code, code);
            } else {
                w.process().destroyForcibly();  // it broke the protocol: it cannot be trusted with another task
                failure = new MalformedReplyException("worker " + slot + " (pid " + w.pid() + ") sent a malformed reply to "
                        + task + ": '" + abbreviate(line) + "'");
            }
            try {
                replace(slot, w);               // first the new worker, so the pool is whole again when get() throws;
            } finally {                         // replace() is bounded (READY_LIMIT) and the task fails whatever it does
                task.fail(failure);
            }
        }
    }
    // end::dispatch[]

    private void replace(int slot, Worker dead) {
        exitCode(dead.process());
        if (killed) return;
        try {
            var fresh = awaitReady(launch(slot));
            workers.set(slot, fresh);
            if (killed) fresh.process().destroyForcibly(); // kill() ran while it started
        } catch (RuntimeException e) {
            System.err.println(name + ": could not replace worker " + slot + ": " + e.getMessage());
        }
    }

    private static int exitCode(Process p) {
        return exitCode(p, EXIT_LIMIT);
    }

    private static int exitCode(Process p, java.time.Duration limit) {
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
        return workers.stream().map(Worker::pid).toList();
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

    // tag::close[]
    /**
     * Waits for every submitted task to finish, then closes each worker's stdin and waits for the worker
     * to exit (killing it if it has not exited 5 s later). Idempotent. If interrupted while waiting, kills
     * the workers (failing unfinished tasks), finishes closing, and keeps the interrupt status set.
     */
    @Override
    public void close() {
        close(EXIT_LIMIT);
    }

    /** Like {@link #close()}, with another limit for each worker's exit (a training run that writes an AOT cache needs longer). */
    public void close(java.time.Duration exitLimit) {
        synchronized (this) {
            if (!closed) {
                closed = true;
                for (int i = 0; i < size; i++) queue.add(STOP); // after every queued task
            }
        }
        boolean interrupted = false;
        for (var d : dispatchers) {
            while (d.isAlive()) {
                try {
                    d.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    kill();
                }
            }
        }
        for (var w : workers) {
            try {
                w.in().close();                   // end of stdin: the worker exits by itself
            } catch (IOException ignored) {
                // already gone
            }
        }
        for (var p : everyProcess) exitCode(p, exitLimit); // wait until each worker has really exited
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to
        }
        terminated = true;                        // every worker has exited: isTerminated() from now on
        if (interrupted) Thread.currentThread().interrupt();
    }
    // end::close[]

    /** Whether {@link #close()} or {@link #kill()} has begun: no task is accepted any more. */
    public boolean isShutdown() {
        return closed;
    }

    /**
     * Whether {@link #close()} has finished: every task was answered and every worker process this pool started
     * has exited (close() saw each exit). {@link #kill()} alone never makes this true: it does not wait.
     */
    public boolean isTerminated() {
        return terminated;
    }

    /**
     * Kills every worker at once (SIGKILL on Linux) and fails every unfinished task; like
     * {@code shutdownNow()}, it does not wait. Also what the shutdown hook does.
     */
    public void kill() {
        synchronized (this) {
            killed = true;
            closed = true;
        }
        var left = new ArrayList<TaskFuture>();
        queue.drainTo(left);
        for (var t : left) {
            if (t != STOP) t.fail(new RejectedExecutionException(name + " was killed before " + t + " started"));
        }
        for (int i = 0; i < size; i++) queue.add(STOP);
        for (var p : everyProcess) p.destroyForcibly();
    }

    @Override
    public String toString() {
        return name + " (" + size + " workers, pids " + workerPids() + ")";
    }
}
