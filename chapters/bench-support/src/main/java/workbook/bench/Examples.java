package workbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a chapter's examples, all declared once in the chapter's {@code examples.txt}:
 * <ul>
 *   <li>{@code run}: the one the learner names with {@code -Dexample=<name>} (the chapter pom passes it on as
 *       {@code -Dexamples.name}), with the learner's {@code -Dargs}; with no name, the list of examples;</li>
 *   <li>{@code capture}: in the {@code package} phase, every example whose output goes into the book, each into
 *       {@code target/snippets/<snippet>.txt}: one after another in this JVM ({@link InProcessRun}), or, when
 *       the declaration asks for it, each in a child JVM of its own; then the chapter's {@code jshell/play.jsh}, if
 *       it has one, in this JVM too ({@link JShellRun}), into {@code target/snippets/jshell-play.txt}.</li>
 * </ul>
 * The chapter pom passes the chapter's folder and build folder as {@code -Dexamples.chapter} and
 * {@code -Dexamples.target}.
 */
public final class Examples {

    static final String FILE = "examples.txt";
    private static final List<String> KEYS = List.of("main", "about", "args", "jvm", "capture", "snippet", "own-jvm");

    private Examples() {}

    public static void main(String[] argv) throws Exception {
        var places = new Example.Places(Path.of(System.getProperty("examples.chapter", ".")).toAbsolutePath(),
                Path.of(System.getProperty("examples.target", "target")).toAbsolutePath());
        Map<String, Example> examples = parse(places.chapter().resolve(FILE));
        List<String> rest = Arrays.asList(argv).subList(Math.min(1, argv.length), argv.length);
        switch (argv.length == 0 ? "" : argv[0]) {
            case "run" -> run(examples, System.getProperty("examples.name", ""), rest, places);
            case "capture" -> captureAll(examples, places);
            default -> throw new IllegalArgumentException("usage: Examples run [args...] | Examples capture");
        }
    }

    // --- the learner's run ---

    static void run(Map<String, Example> examples, String name, List<String> given, Example.Places places)
            throws Exception {
        if (name.isBlank()) {
            System.out.print(list(examples, places));
            return;
        }
        Example example = examples.get(name);
        if (example == null) {
            System.err.println(unknown(name, examples, places));
            System.exit(2);
        }
        List<String> args = example.learnerArgs(given, places);
        if (example.jvmOptions().isEmpty()) {
            invokeMain(example.main(), args); // this JVM's exit rules are the example's: nothing after it
        } else {
            System.exit(childJvm(example, args).inheritIO().start().waitFor());
        }
    }

    static String list(Map<String, Example> examples, Example.Places places) {
        int width = examples.keySet().stream().mapToInt(String::length).max().orElse(0);
        var sb = new StringBuilder("Examples of " + places.chapter().getFileName() + " (run one with ./mvnw -q -pl chapters/"
                + places.chapter().getFileName() + " exec:exec -Dexample=NAME, arguments with -Dargs=\"...\"):\n");
        examples.values().forEach(e -> sb.append(String.format("  %-" + width + "s  %s%n", e.name(), e.about())));
        return sb.toString();
    }

    static String unknown(String name, Map<String, Example> examples, Example.Places places) {
        return "No example named \"" + name + "\" in chapters/" + places.chapter().getFileName() + "/" + FILE
                + "; its examples are: " + String.join(", ", examples.keySet()) + ".";
    }

    static void invokeMain(String mainClass, List<String> args) throws Exception {
        try {
            Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** The same java, its options (the chapter's JVM flags among them) and class path, plus the example's options. */
    static ProcessBuilder childJvm(Example example, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(example.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), example.main()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    // --- the book's runs ---

    static void captureAll(Map<String, Example> examples, Example.Places places) throws Exception {
        Files.createDirectories(places.snippets());
        for (Example example : examples.values()) {
            if (!example.captured()) {
                continue;
            }
            Path file = places.snippets().resolve(example.snippet() + ".txt");
            List<String> args = example.captureArgs(places);
            if (example.needsOwnJvm()) {
                int exit = childJvm(example, args).redirectErrorStream(true).redirectOutput(file.toFile()).start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("The book's run of example " + example.name() + " (" + example.main()
                            + ") ended with exit code " + exit + "; its output is in " + file);
                }
            } else {
                InProcessRun.capture(example, args, file);
            }
        }
        Path script = places.chapter().resolve(JShellRun.SCRIPT);
        if (Files.exists(script)) {
            try (var jshell = JShellRun.open()) {
                InProcessRun.capture("the JShell script " + JShellRun.SCRIPT, () -> jshell.run(script),
                        places.snippets().resolve(JShellRun.SNIPPET + ".txt"),
                        "Make the script wait for what it starts (join, close).");
            }
        }
    }

    // --- examples.txt ---

    /** The examples of a declaration file, in its order, by name. */
    static Map<String, Example> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No example declarations: " + file, e);
        }
        Map<String, Example> examples = new LinkedHashMap<>();
        String name = null;
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + " line " + (i + 1) + ": ";
            if (line.startsWith("[") && line.endsWith("]")) {
                add(examples, name, fields, file);
                name = line.substring(1, line.length() - 1).strip();
                fields = new LinkedHashMap<>();
                if (examples.containsKey(name)) {
                    throw new IllegalArgumentException(where + "example " + name + " is declared twice");
                }
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            if (name == null || equals < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException(where + "expected [name] or one of " + KEYS + " = value, found: " + line);
            }
            fields.put(key, line.substring(equals + 1).strip());
        }
        add(examples, name, fields, file);
        return examples;
    }

    private static void add(Map<String, Example> examples, String name, Map<String, String> f, Path file) {
        if (name == null) {
            return;
        }
        if (!f.containsKey("main") || !f.containsKey("about")) {
            throw new IllegalArgumentException(file.getFileName() + ": example " + name + " needs main = and about =");
        }
        examples.put(name, new Example(name, f.get("main"), f.get("about"), f.getOrDefault("args", ""),
                f.getOrDefault("jvm", ""), f.get("capture"), f.getOrDefault("snippet", name), f.get("own-jvm")));
    }
}
