package workbook.ch03;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A gate the test owns, for tasks running in other processes: a {@link Held} task connects to it, says
 * which process it runs in, and cannot finish until the test opens the gate. No sleeping, no time windows.
 */
final class TestGate implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new ArrayList<>();

    TestGate() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The argument to give a {@link Held} task. */
    String argument() {
        return Integer.toString(server.getLocalPort());
    }

    /** Blocks until the next held task has started, and returns the pid of the process running it. */
    long awaitStarted() throws IOException {
        var s = server.accept();
        held.add(s);
        var line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
        return Long.parseLong(line.substring("started ".length()));
    }

    /** Lets every held task that has started finish. */
    void open() throws IOException {
        for (var s : held) {
            s.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
        }
    }

    @Override
    public void close() throws IOException {
        for (var s : held) s.close();
        server.close();
    }
}
