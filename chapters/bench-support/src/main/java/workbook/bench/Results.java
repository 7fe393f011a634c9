package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark's table goes: the committed results/ file the chapter includes, and the console. */
public final class Results {

    private Results() {}

    /** Writes {@code text} to {@code file} (making its folder), then shows it and where it went. */
    public static void write(Path file, String text) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, text);
        System.out.print(text);
        System.out.println("written to " + file);
    }
}
