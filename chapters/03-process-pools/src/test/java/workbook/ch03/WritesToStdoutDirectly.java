package workbook.ch03;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/** A test task that bypasses System.out and writes to file descriptor 1, the worker's protocol channel. */
public final class WritesToStdoutDirectly implements WorkerTask {
    @Override
    public String run(String text) throws Exception {
        var fd1 = new FileOutputStream(FileDescriptor.out);
        fd1.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        fd1.flush();
        return "written";
    }
}
