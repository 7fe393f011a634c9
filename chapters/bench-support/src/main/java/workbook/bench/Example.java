package workbook.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One example of a chapter, as declared in its {@code examples.txt} (the format is described at the top of
 * each such file and read by {@link Examples#parse}).
 *
 * @param name    what the learner types: {@code -Dexample=<name>}
 * @param main    the class whose {@code main} runs
 * @param about   one line for the list printed when no example is named
 * @param args    the learner's arguments: {@code {args}} stands for {@code -Dargs}; empty means just {@code -Dargs}
 * @param jvm     JVM options the example needs; an example with some always runs in a JVM of its own
 * @param capture the arguments of the book's run, or null when the book does not show this example's output
 * @param snippet the file under {@code target/snippets/}, without {@code .txt}, that the book's run writes
 * @param ownJvm  why the book's run needs a fresh JVM of its own, or null when it may share the chapter's
 */
public record Example(String name, String main, String about, String args, String jvm,
                      String capture, String snippet, String ownJvm) {

    /** Folders the arguments may name: {chapter} the chapter's folder, {target} its build folder, {snippets}. */
    public record Places(Path chapter, Path target) {
        Path snippets() {
            return target.resolve("snippets");
        }

        String expand(String text) {
            return text.replace("{chapter}", chapter.toString())
                    .replace("{target}", target.toString())
                    .replace("{snippets}", snippets().toString());
        }
    }

    boolean captured() {
        return capture != null;
    }

    /** Whether the book's run must start a JVM of its own (it has JVM options, or says why it needs one). */
    boolean needsOwnJvm() {
        return ownJvm != null || !jvm.isBlank();
    }

    /** The learner's arguments: the declared ones with {@code {args}} replaced, or the learner's appended. */
    List<String> learnerArgs(List<String> given, Places places) {
        List<String> result = new ArrayList<>();
        boolean placed = false;
        for (String word : words(args)) {
            if (word.equals("{args}")) {
                result.addAll(given);
                placed = true;
            } else {
                result.add(places.expand(word));
            }
        }
        if (!placed) {
            result.addAll(given);
        }
        return result;
    }

    List<String> captureArgs(Places places) {
        return words(capture).stream().map(places::expand).toList();
    }

    List<String> jvmOptions() {
        return words(jvm);
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
