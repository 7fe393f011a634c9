package workbook.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads exercises.toml: the ordered list of exercises. Only the small subset of TOML that file uses is
 * accepted ({@code [[exercise]]} tables of string keys, basic and triple-quoted strings); anything else is
 * an error naming the line, so a typo never silently drops an exercise.
 */
public final class Catalog {

    public record Exercise(String name, String chapter, String section, String test, String hint, int limitSeconds) {
        /** An exercise whose checks take the tool's usual limit. */
        public Exercise(String name, String chapter, String section, String test, String hint) {
            this(name, chapter, section, test, hint, 0);
        }

        /** The Java package of the exercise: exercises.&lt;name without dashes&gt;. */
        public String javaPackage() {
            return "exercises." + name.replace("-", "");
        }

        public String packagePath() {
            return javaPackage().replace('.', '/');
        }

        public String testSimpleName() {
            return test.substring(test.lastIndexOf('.') + 1);
        }
    }

    private static final Set<String> KEYS = Set.of("name", "chapter", "section", "hint");
    /**
     * Keys an exercise may leave out: limit, the seconds one check may take (default: the tool's, 10 s); test, the
     * test class, when it is not the one the name gives ({@link #conventionalTest}).
     */
    private static final Set<String> OPTIONAL_KEYS = Set.of("limit", "test");

    /**
     * The test class an exercise's name gives: join-every-thread is checked by
     * exercises.joineverythread.JoinEveryThreadTest (package: the name without dashes; class: its words capitalised).
     */
    public static String conventionalTest(String name) {
        var camel = new StringBuilder();
        for (var word : name.split("-")) {
            if (!word.isEmpty()) camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return "exercises." + name.replace("-", "") + "." + camel + "Test";
    }

    private Catalog() {}

    public static List<Exercise> read(Path file) throws IOException {
        var lines = Files.readAllLines(file);
        var result = new ArrayList<Exercise>();
        Map<String, String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.equals("[[exercise]]")) {
                if (current != null) result.add(toExercise(current, file, lineNo));
                current = new LinkedHashMap<>();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || current == null) throw error(file, lineNo, "expected [[exercise]] or key = \"value\"");
            var key = line.substring(0, eq).strip();
            var rest = line.substring(eq + 1).strip();
            if (!KEYS.contains(key) && !OPTIONAL_KEYS.contains(key)) {
                throw error(file, lineNo, "unknown key '" + key + "' (known: " + KEYS + " and " + OPTIONAL_KEYS + ")");
            }
            if (current.containsKey(key)) throw error(file, lineNo, "key '" + key + "' given twice");
            String value;
            if (rest.startsWith("\"\"\"")) {
                var text = new StringBuilder(rest.substring(3));
                while (!text.toString().contains("\"\"\"")) {
                    if (++i >= lines.size()) throw error(file, lineNo, "unclosed \"\"\" string");
                    text.append('\n').append(lines.get(i));
                }
                var all = text.toString();
                value = all.substring(0, all.indexOf("\"\"\"")).strip();
            } else if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
                value = rest.substring(1, rest.length() - 1);
            } else {
                throw error(file, lineNo, "the value of '" + key + "' must be a \"quoted\" string");
            }
            current.put(key, value);
        }
        if (current != null) result.add(toExercise(current, file, lines.size()));
        var names = new java.util.HashSet<String>();
        for (var e : result) {
            if (!names.add(e.name())) throw new IllegalStateException(file + ": exercise '" + e.name() + "' is listed twice");
        }
        return List.copyOf(result);
    }

    /** Writes exercises in the format {@link #read} accepts (the hint as a triple-quoted string). */
    public static void write(List<Exercise> exercises, Path file) throws IOException {
        var text = new StringBuilder("# Written by the learner's tool: a subset of the workbook's exercises.\n");
        for (var e : exercises) {
            text.append("\n[[exercise]]\n");
            for (var kv : List.of(List.of("name", e.name()), List.of("chapter", e.chapter()), List.of("section", e.section()))) {
                text.append(kv.get(0)).append(" = \"").append(kv.get(1)).append("\"\n");
            }
            if (!e.test().equals(conventionalTest(e.name()))) text.append("test = \"").append(e.test()).append("\"\n");
            text.append("hint = \"\"\"\n").append(e.hint()).append("\n\"\"\"\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }

    private static Exercise toExercise(Map<String, String> m, Path file, int lineNo) {
        for (var key : KEYS) {
            if (!m.containsKey(key)) throw error(file, lineNo, "the exercise ending here has no '" + key + "'");
        }
        int limit = 0;
        if (m.containsKey("limit")) {
            try {
                limit = Integer.parseInt(m.get("limit"));
            } catch (NumberFormatException e) {
                throw error(file, lineNo, "limit must be a whole number of seconds, not '" + m.get("limit") + "'");
            }
        }
        var test = m.getOrDefault("test", conventionalTest(m.get("name")));
        return new Exercise(m.get("name"), m.get("chapter"), m.get("section"), test, m.get("hint"), limit);
    }

    private static IllegalStateException error(Path file, int line, String what) {
        return new IllegalStateException(file + ":" + line + ": " + what);
    }
}
