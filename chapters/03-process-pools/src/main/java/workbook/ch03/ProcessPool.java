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
    private volatile Consumer<TaskFuture> onSubmit = f -> {};

    /** Starts {@code size} workers that may run the given task classes, with default JVM options. */
    public ProcessPool(int size, Collection<Class<? extends WorkerTask>> allowedTasks) {
        this(size, allowedTasks, List.of());
    }

    /**
     * Starts {@code size} workers and waits until every one is ready.
     *
     * @param jvmOptions extra options for the worker JVMs, e.g. {@code -XX:AOTCache=worker.aot}
     * @throws IllegalArgumentException if size &lt;= 0 or no task class is allowed
     * @throws IllegalStateException if a worker cannot be started or does not say READY
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
        String line;
        try {
            line = out.readLine();
        } catch (IOException e) {
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
                    task.fail(new TaskFailedException(task + " failed in worker " + slot + " (pid " + w.pid() + "): "
                            + reply.text(), reply.printed()));
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
            replace(slot, w);                   // first the new worker, so the pool is whole again when get() throws
            task.fail(failure);
        }
    }
    // end::dispatch[]

    private void replace(int slot, Worker dead) {
        exitCode(dead.process());
        if (killed) return;
        try {
            workers.set(slot, awaitReady(launch(slot)));
        } catch (RuntimeException e) {
            System.err.println(name + ": could not replace worker " + slot + ": " + e.getMessage());
        }
    }

    private static int exitCode(Process p) {
        try {
            if (p.waitFor(5, TimeUnit.SECONDS)) return p.exitValue();
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
        for (var p : everyProcess) exitCode(p);   // wait until each worker has really exited
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
    // end::close[]

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
