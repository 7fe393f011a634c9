package workbook.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./learn launcher itself, on a workbook whose tool is already built and whose "JDK" is a fake java that
 * records how it was started (so no Maven build and no real JVM): the workbook is found through a symbolic link,
 * and on a terminal (a pseudo-terminal made by util-linux's script) watch gets single keys and the terminal is put
 * back as it was however watch ends.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class LauncherTest {

    static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("learn");

    @TempDir
    Path dir;
    Path workbook;
    Path record;

    @BeforeEach
    void aBuiltWorkbookWithAFakeJava() throws Exception {
        assumeTrue(Files.isRegularFile(LAUNCHER), "run from learn-tool/, next to ../learn");
        workbook = Files.createDirectories(dir.resolve("workbook"));
        record = Files.createDirectories(dir.resolve("record"));
        executable(Files.copy(LAUNCHER, workbook.resolve("learn")));
        var jdk = dir.resolve("jdk");
        executable(write(jdk.resolve("bin/javac"), "#!/bin/sh\nexit 0\n"));
        write(jdk.resolve("release"), "JAVA_VERSION=\"21.0.9\"\n");
        executable(write(jdk.resolve("bin/java"), """
                #!/usr/bin/env bash
                printf '%%s\\n' "$@" > %1$s/args
                if [ -t 0 ]; then stty -a > %1$s/during; fi
                case "${FAKE_JAVA:-}" in
                  fail) exit 3 ;;
                  interrupted) kill -INT "$PPID"; kill -INT $$ ;; # Ctrl-C reaches the launcher and java alike
                esac
                exit 0
                """.formatted(record)));
        var tool = Files.createDirectories(workbook.resolve(".learn/tool"));
        write(tool.resolve("jdk"), "JAVA_HOME=\n" + jdk + "\n");
        var jar = write(tool.resolve("learn.jar"), "");
        write(tool.resolve("classpath"), jar.toString());
        write(tool.resolve("exercises.classpath"), jar.toString());
        // No source of the tool (pom, learn-tool/src/main, chapters) is here, so none is newer: the tool is up to date.
        write(tool.resolve("digest"), "built\n");
    }

    private record Ran(int code, String out) {}

    private Ran bash(Path in, String command, String fakeJava) throws IOException, InterruptedException {
        var pb = new ProcessBuilder("bash", "-c", command).directory(in.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("FAKE_JAVA", fakeJava);
        var p = pb.start();
        var out = new String(p.getInputStream().readAllBytes());
        return new Ran(p.waitFor(), out);
    }

    private List<String> args() throws IOException {
        return Files.readAllLines(record.resolve("args"));
    }

    @Test
    void throughASymbolicLinkTheLauncherFindsItsWorkbookAndPassesTheArguments() throws Exception {
        var bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("learn"), workbook.resolve("learn"));
        var ran = bash(dir, "bin/learn check first-steps --verbose", "");
        assertThat(ran.code()).as(ran.out()).isZero();
        assertThat(args()).contains("-Dworkbook.root=" + workbook, "workbook.learn.Main")
                .endsWith("workbook.learn.Main", "check", "first-steps", "--verbose");
    }

    @Test
    void watchWithoutATerminalReadsLinesAndPrintsPlainly() throws Exception {
        var ran = bash(workbook, "./learn watch < /dev/null | cat", "");
        assertThat(ran.code()).as(ran.out()).isZero();
        assertThat(args()).contains("watch").doesNotContain("-Dlearn.screen=true", "-Dlearn.keys.single=true");
    }

    @Test
    void onATerminalWatchGetsSingleKeysAndTheTerminalIsPutBackHoweverWatchEnds() throws Exception {
        assumeTrue(new ProcessBuilder("script", "--version").start().waitFor() == 0, "util-linux script makes the terminal");
        for (var ending : List.of("", "fail", "interrupted")) {
            var session = "stty -g > " + record + "/before; ./learn watch; echo $? > " + record + "/code; stty -g > " + record + "/after";
            var ran = bash(workbook, "script -qec '" + session + "' /dev/null", ending);
            assertThat(ran.code()).as(ending + ": " + ran.out()).isZero();
            assertThat(args()).as(ending).contains("-Dlearn.screen=true", "-Dlearn.keys.single=true");
            assertThat(Files.readString(record.resolve("during"))).as(ending + ": keys without Enter, not echoed")
                    .contains("-icanon", "-echo ");
            assertThat(Files.readString(record.resolve("after"))).as(ending + ": the terminal as it was")
                    .isEqualTo(Files.readString(record.resolve("before")));
            assertThat(Files.readString(record.resolve("code")).strip()).as(ending + ": the exit code")
                    .isEqualTo(switch (ending) {
                        case "fail" -> "3";
                        case "interrupted" -> "130";
                        default -> "0";
                    });
        }
    }

    /** The plain-Maven command every stub prints: mvnw finds a JDK by itself when neither JAVA_HOME nor the PATH gives one. */
    @Test
    void mavenRunsWithoutJavaHomeOrJavaOnThePath() throws Exception {
        var path = Files.createDirectories(dir.resolve("path-without-java"));
        for (var folder : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            if (!Files.isDirectory(Path.of(folder))) continue;
            try (var files = Files.list(Path.of(folder))) {
                for (var f : files.toList()) {
                    var name = f.getFileName().toString();
                    if (!name.equals("java") && !name.equals("javac") && !Files.exists(path.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(path.resolve(name), f);
                    }
                }
            }
        }
        Ran ran;
        try {
            ran = bash(LAUNCHER.getParent(), "export PATH=" + path + "; command -v java || ./mvnw -v -o", "");
        } finally { // the links, not what they point at (JUnit would warn about each one)
            try (var links = Files.list(path)) {
                for (var link : links.toList()) Files.delete(link);
            }
        }
        assertThat(ran.code()).as(ran.out()).isZero();
        assertThat(ran.out()).containsPattern("Java version: (2[1-9]|[3-9][0-9])");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Path executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
