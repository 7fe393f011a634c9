package workbook.ch07;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where the report goes: only ever to a regular file, in a folder that exists. A device, a directory, a pipe or
 * a symbolic link under the report's name is never written to or replaced, and no temporary file is left
 * behind when the report cannot be written.
 */
public final class ReportFile {

    private ReportFile() {}

    /** The report cannot go where it was asked to; the message is one sentence that says why. */
    public static final class NotWritable extends IOException {
        NotWritable(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code file} can take the report: its folder exists, and the name is free or a regular file
     * (not followed if it is a symbolic link). Run before the downloads, and again just before the move.
     */
    public static void check(Path file) throws NotWritable {
        var absolute = file.toAbsolutePath().normalize();
        var folder = absolute.getParent();
        if (folder == null) throw new NotWritable("Cannot write the report to " + file + ": it names no file.");
        if (!Files.exists(folder)) {
            throw new NotWritable("Cannot write the report to " + file + ": the folder " + folder + " does not exist.");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotWritable("Cannot write the report to " + file + ": " + folder + " is not a folder.");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotWritable("Cannot write the report to " + file + ": it is " + kind(absolute)
                    + ", not a regular file, and the report replaces only a regular file.");
        }
    }

    private static String kind(Path p) {
        if (Files.isSymbolicLink(p)) return "a symbolic link";
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return "a directory";
        return "a device, a pipe or another special file";
    }

    // tag::write[]
    /**
     * Writes the lines to a new temporary file next to {@code file}, then renames it to {@code file} in one step
     * ({@code ATOMIC_MOVE}), replacing an older report. The file appears only once complete. If anything fails,
     * the temporary file is deleted and a {@link NotWritable} says why in one sentence.
     */
    public static void write(Path file, List<String> lines) throws NotWritable {
        check(file);
        var absolute = file.toAbsolutePath().normalize();
        Path unfinished = null;
        try {
            var prefix = absolute.getFileName() + ".";
            unfinished = Files.createTempFile(absolute.getParent(), prefix, ".tmp"); // a new name
            // Unlike PrintStream, Files.write throws if the disk is full.
            Files.write(unfinished, lines, StandardCharsets.UTF_8);
            check(file); // still free or a regular file, just before the move
            Files.move(unfinished, absolute,
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            unfinished = null;
        } catch (NotWritable e) {
            throw e;
        } catch (IOException e) {
            throw new NotWritable("Cannot write the report to " + file + ": " + reason(e) + ".");
        } finally {
            if (unfinished != null) deleteQuietly(unfinished);
        }
    }
    // end::write[]

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do: the report's failure is what the user needs to hear about
        }
    }
}
