package workbook.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import workbook.learn.Catalog.Exercise;

/**
 * The untouched stub of each exercise, kept in .learn/pristine/&lt;exercise&gt;/ the first time the tool meets
 * the exercise. It is taken from the last commit ({@code git show HEAD:...}) when the workbook is a git
 * checkout, so edits made before the first ./learn command are not mistaken for the stub; otherwise
 * (a downloaded archive, a copy) from the files as they are then. Keeping a copy, rather than asking git
 * each time, means committing your own work never changes what "reset" puts back.
 */
final class Pristine {

    private final Workbook workbook;

    Pristine(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Keeps the pristine stub of every exercise not kept yet: ./learn does this at its first command, so that in a
     * copy without git a stub edited afterwards (even before the tool first checks it) can still be reset.
     */
    void keepAll() {
        for (var ex : workbook.exercises()) {
            if (Files.isDirectory(snapshotDir(ex))) continue;
            try {
                take(ex, snapshotDir(ex));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The pristine files of an exercise, by path relative to its stub folder. */
    Map<String, byte[]> files(Exercise ex) {
        var dir = snapshotDir(ex);
        try {
            if (!Files.isDirectory(dir)) take(ex, dir);
            var result = new LinkedHashMap<String, byte[]>();
            for (var f : Workbook.javaFiles(dir)) result.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the learner's folder holds exactly the pristine files. */
    boolean untouched(Exercise ex) {
        var pristine = files(ex);
        var current = workbook.stubFiles(ex);
        if (current.size() != pristine.size()) return false;
        try {
            for (var f : current) {
                var p = pristine.get(workbook.stubDir(ex).relativize(f).toString().replace('\\', '/'));
                if (p == null || !Arrays.equals(p, Files.readAllBytes(f))) return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@link #restore} keeps the learner's version: .learn/reset/&lt;exercise&gt;/&lt;time&gt;/. */
    Path keptCopy(Exercise ex, java.time.Instant when) {
        var stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS").withZone(java.time.ZoneOffset.UTC).format(when);
        return workbook.state().resolve("reset").resolve(ex.name()).resolve(stamp);
    }

    /** Copies the learner's files to {@code copy}, then writes the pristine files back; returns the learner's extra files, which are left alone. */
    List<Path> restore(Exercise ex, Path copy) throws IOException {
        var pristine = files(ex);
        var stubDir = workbook.stubDir(ex);
        Workbook.copyTree(stubDir, copy);
        for (var e : pristine.entrySet()) {
            var target = stubDir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        var extra = new ArrayList<Path>();
        for (var f : workbook.stubFiles(ex)) {
            if (!pristine.containsKey(stubDir.relativize(f).toString().replace('\\', '/'))) extra.add(f);
        }
        return extra;
    }

    private Path snapshotDir(Exercise ex) {
        return workbook.state().resolve("pristine").resolve(ex.name());
    }

    private void take(Exercise ex, Path dir) throws IOException {
        var fromGit = fromGit(ex);
        var tmp = Files.createDirectories(dir.resolveSibling(ex.name() + ".taking"));
        if (fromGit != null) {
            for (var e : fromGit.entrySet()) write(tmp.resolve(e.getKey()), e.getValue());
        } else {
            var stubDir = workbook.stubDir(ex);
            for (var f : workbook.stubFiles(ex)) write(tmp.resolve(stubDir.relativize(f).toString()), Files.readAllBytes(f));
        }
        Files.move(tmp, dir); // whole or not at all
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** The stub as committed in HEAD, or null when this is not a git checkout (or git is missing). */
    private Map<String, byte[]> fromGit(Exercise ex) {
        if (!Files.exists(workbook.root().resolve(".git"))) return null;
        var dir = Workbook.STUBS + "/" + ex.packagePath();
        var listing = git("ls-tree", "-r", "--name-only", "HEAD", "--", dir + "/");
        if (listing == null || listing.isBlank()) return null;
        var result = new LinkedHashMap<String, byte[]>();
        for (var path : listing.strip().split("\n")) {
            if (!path.endsWith(".java")) continue;
            var content = gitBytes("show", "HEAD:" + path);
            if (content == null) return null;
            result.put(path.substring(dir.length() + 1), content);
        }
        return result;
    }

    private String git(String... args) {
        var bytes = gitBytes(args);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] gitBytes(String... args) {
        var command = new ArrayList<String>(List.of("git", "-C", workbook.root().toString()));
        command.addAll(List.of(args));
        try {
            var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            var out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) return null;
            return out;
        } catch (IOException e) {
            return null; // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
