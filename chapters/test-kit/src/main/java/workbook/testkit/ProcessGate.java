package workbook.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A gate the test owns for work running in other processes. The work calls {@link #check} when it starts: it
 * connects, says "started &lt;index&gt; &lt;pid&gt;" and, if it is held, waits for a line that the gate sends only
 * when the test opens it. No sleeping, no time windows: the socket is the only channel, so a process that dies
 * simply closes it.
 */
public final class ProcessGate implements Gate, AutoCloseable {

    private final ServerSocket server;
    private final Set<Integer> started = ConcurrentHashMap.newKeySet();
    private final Set<Long> pids = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Long> startOrder = new LinkedBlockingQueue<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean open;

    public ProcessGate() {
        try {
            server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon(true).name("process-gate").start(this::acceptAll);
    }

    /** The port to hand to the work (it passes it to {@link #check}). */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        try {
            while (true) {
                var s = server.accept();
                sockets.add(s);
                var line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                if (line == null) continue;
                var f = line.split(" ");
                long pid = Long.parseLong(f[2]);
                pids.add(pid);
                started.add(Integer.parseInt(f[1]));
                startOrder.add(pid);
                if (open) release(s);
            }
        } catch (IOException | RuntimeException closed) {
            // the test is over
        }
    }

    /** Lets the held work finish (now, or as soon as it connects). Idempotent. */
    @Override
    public synchronized void open() {
        open = true;
        for (var s : sockets) release(s);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    private static void release(Socket s) {
        try {
            s.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
        } catch (IOException gone) {
            // that process is gone already
        }
    }

    /** Blocks until the next piece of work (in the order they started) has reported its start; returns its pid. */
    public long awaitStarted() throws InterruptedException {
        return startOrder.take();
    }

    /** How many of the tasks (by index) have started. */
    public int startedCount() {
        return started.size();
    }

    /** Every pid that reported a start. */
    public Set<Long> pids() {
        return Set.copyOf(pids);
    }

    @Override
    public void close() throws IOException {
        open();
        server.close();
        for (var s : sockets) s.close();
    }

    /** The argument a task in another process gets: the gate's port, as text. */
    public String argument() {
        return Integer.toString(port());
    }

    /**
     * Called in the other process: reports a start; if {@code held}, blocks until the gate opens. Returns true once
     * let through, false if the gate went away first (the test ended).
     */
    public static boolean check(int port, int index, boolean held) throws IOException {
        try (var s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write(("started " + index + " " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return !held || "go".equals(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine());
        }
    }
}
