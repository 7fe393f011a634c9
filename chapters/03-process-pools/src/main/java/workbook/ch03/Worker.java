package workbook.ch03;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The main class of a worker process: {@code java -cp <the pool's class path> workbook.ch03.Worker <allowed task classes...>}.
 * It reads its token and then RUN lines on stdin, runs each task, and writes a STARTED and a reply line per task
 * on stdout (see {@link Protocol}).
 *
 * <p>It exits when its stdin ends (the pool closed it, or the pool's JVM died and the pipe closed) and, as a
 * second guard, when its parent process exits. On Linux the pool also starts it with a parent-death signal.
 */
public final class Worker {

    private Worker() {}

    // tag::protect-stdout[]
    /** Where System.out goes: into the current task's buffer while a task runs, to stderr otherwise. */
    private static final class CapturedOut extends OutputStream {
        private volatile OutputStream target = System.err;

        @Override public void write(int b) throws IOException { target.write(b); }
        @Override public void write(byte[] b, int off, int len) throws IOException { target.write(b, off, len); }
        @Override public void flush() throws IOException { target.flush(); }
    }

    public static void main(String[] args) throws IOException {
        // Keep the real stdout and stdin for the protocol, then point System.out elsewhere and give
        // tasks an empty System.in: nothing a task prints can be read as a reply, and no task can
        // read the pool's requests.
        var protocol = new FileOutputStream(FileDescriptor.out);
        var stdin = new FileInputStream(FileDescriptor.in);
        var requests = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        var captured = new CapturedOut();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
        // end::protect-stdout[]
        var allowed = Set.of(args);
        exitWithParent();
        String token = requests.readLine();          // the secret every message starts with: tasks never see it
        if (token == null) exitNow();
        var out = new Replies(protocol, token);

        // Tasks run on one thread; main only reads stdin, so it notices the end of stdin even while a task runs.
        var lines = new LinkedBlockingQueue<String>();
        Thread.ofPlatform().name("task-runner").daemon(true).start(() -> {
            try {
                while (true) {
                    out.send(handle(lines.take(), allowed, captured, out));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        out.send("READY " + ProcessHandle.current().pid());

        // tag::exit-on-eof[]
        String line;
        while ((line = requests.readLine()) != null) {
            lines.add(line);
        }
        // stdin ended: the pool closed it (every task has been answered), or the pool's JVM is gone.
        exitNow();
        // end::exit-on-eof[]
    }

    /**
     * Flushes what tasks printed, then halts: no shutdown hooks, no exit logging. {@code System.exit} would first
     * set up {@code System.Logger} for its exit log, loading classes and reading jars, about a second on a busy
     * machine, while the parent may already be gone.
     */
    private static void exitNow() {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * Writes messages to the pool, each framed with the token (see {@link Protocol}) and handed to the system in
     * one write: on a pipe, a write of at most 4096 bytes (PIPE_BUF on Linux) is never interleaved with another.
     */
    private record Replies(FileOutputStream protocol, String token) {
        synchronized void send(String message) {
            try {
                protocol.write(Protocol.frame(token, message).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                Runtime.getRuntime().halt(4); // nobody reads our replies any more
            }
        }
    }

    // tag::watch-parent[]
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(5)));
    }
    // end::watch-parent[]

    private static String handle(String line, Set<String> allowed, CapturedOut captured, Replies out) {
        var f = line.split(" ", -1);
        long id;
        try {
            if (f.length != 4 || !f[0].equals("RUN")) throw new IllegalArgumentException("not RUN <id> <task> <argument>");
            id = Long.parseLong(f[1]);
        } catch (IllegalArgumentException e) { // a malformed request gets an answer too: the pool is waiting for one
            System.err.println("worker " + ProcessHandle.current().pid() + ": malformed request: " + line);
            return Protocol.err(-1, "malformed request: " + line, "");
        }
        String taskName = f[2];
        if (!allowed.contains(taskName)) {
            return Protocol.err(id, "task " + taskName + " is not on this worker's allow-list " + allowed, "");
        }
        var printed = new ByteArrayOutputStream();
        captured.target = printed;
        out.send(Protocol.started(id));     // from here on, the task may have run: the pool never sends it again
        try {
            String argument = Protocol.decode(f[3]);
            String value = newTask(taskName).run(argument);
            System.out.flush();
            if (value != null) Protocol.checkCarriable(value, "the result of " + taskName);
            return Protocol.ok(id, value, printed.toString(StandardCharsets.UTF_8));
        } catch (Throwable t) {     // an OutOfMemoryError does not get here: -XX:+ExitOnOutOfMemoryError ends the worker
            System.out.flush();
            return Protocol.err(id, stackTrace(t), printed.toString(StandardCharsets.UTF_8));
        } finally {
            captured.target = System.err;
        }
    }

    /** The whole stack trace as text, first line {@code t.toString()}: the pool shows where the task failed. */
    static String stackTrace(Throwable t) {
        var text = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private static WorkerTask newTask(String className) throws ReflectiveOperationException {
        Class<?> c = Class.forName(className, false, Worker.class.getClassLoader()); // no static initializer yet
        if (!WorkerTask.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException(className + " does not implement " + WorkerTask.class.getName());
        }
        return (WorkerTask) c.getDeclaredConstructor().newInstance();
    }
}
