package workbook.ch03;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A test task that runs until the {@link TestGate} on the given port is opened. */
public final class Held implements WorkerTask {
    @Override
    public String run(String port) throws Exception {
        try (var s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port))) {
            s.getOutputStream().write(("started " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            var answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "released by " + answer;
        }
    }
}
