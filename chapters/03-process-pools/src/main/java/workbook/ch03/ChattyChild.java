package workbook.ch03;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A child process for {@link SharedStdout}: writes numbered lines straight to its stdout (file descriptor 1,
 * no buffering), each line in three write() calls: a prefix, the number, the end of line. Many programs write
 * a line in pieces like this; each piece is one system call.
 */
public final class ChattyChild {

    private ChattyChild() {}

    public static void main(String[] args) throws IOException {
        String name = args[0];
        int lines = Integer.parseInt(args[1]);
        var stdout = new FileOutputStream(FileDescriptor.out);
        for (int i = 0; i < lines; i++) {
            stdout.write((name + " says ").getBytes(StandardCharsets.UTF_8));
            stdout.write(("line " + i).getBytes(StandardCharsets.UTF_8));
            stdout.write('\n');
        }
    }
}
