package workbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The book's run of a chapter's JShell script ({@code jshell/play.jsh}), in the capturing JVM: JShell's API
 * evaluates the script snippet by snippet, as the {@code jshell} tool does with a script file, but without the
 * tool's own JVM and the second JVM it starts to run snippets in. The
 * learner's way in stays the tool: {@code ./mvnw -q -pl chapters/NN-slug exec:exec@jshell}.
 *
 * <p>Stricter than the tool, which reports a snippet that does not compile or throws and goes on: here either ends
 * the build, naming the snippet, so the book never shows the output of a script that failed half-way.
 */
final class JShellRun implements AutoCloseable {

    static final String SCRIPT = "jshell/play.jsh";
    static final String SNIPPET = "jshell-play";

    private final JShell shell;

    private JShellRun(JShell shell) {
        this.shell = shell;
    }

    /**
     * A JShell whose snippets see this JVM's class path (the chapter's classes and dependencies). Its source analysis
     * has already run once: that starts a daemon thread JShell keeps for the JVM's life (it indexes the class path),
     * which is not the script's to answer for when the book's run looks for threads the script left.
     */
    static JShellRun open() {
        var shell = JShell.builder().executionEngine(new OnTheCallingThread(), Map.of()).build();
        shell.addToClasspath(System.getProperty("java.class.path"));
        shell.sourceCodeAnalysis().analyzeCompletion("int any;");
        return new JShellRun(shell);
    }

    /**
     * Runs each snippet on the thread that evaluates it, as the jshell tool's agent runs them on its main thread
     * (JShell's "local" engine would start a thread per snippet, named Thread-N after the JVM's history).
     */
    private static final class OnTheCallingThread implements ExecutionControlProvider {
        @Override
        public String name() {
            return "direct";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new DirectExecutionControl();
        }
    }

    /** Evaluates {@code script} snippet by snippet, as the jshell tool runs a script file, up to its end or /exit. */
    void run(Path script) throws Exception {
        String rest = Files.readString(script);
        var analysis = shell.sourceCodeAnalysis();
        while (!(rest = withoutLeadingComments(rest)).isEmpty()) {
            if (rest.startsWith("/")) { // a JShell command: /exit ends the script, the others have no place in it
                String command = rest.lines().findFirst().orElse("").strip();
                if (command.startsWith("/exit")) return;
                throw new IllegalArgumentException(script + ": the book's run knows only /exit, not " + command);
            }
            var info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                throw new IllegalArgumentException(script + ": an unfinished snippet at the end: " + rest.strip());
            }
            for (SnippetEvent event : shell.eval(info.source())) check(event, script);
            rest = info.remaining();
        }
    }

    @Override
    public void close() {
        shell.close();
    }

    /** {@code source} from its first character that is neither blank nor in a comment. */
    static String withoutLeadingComments(String source) {
        String rest = source.stripLeading();
        while (rest.startsWith("//") || rest.startsWith("/*")) {
            int end = rest.startsWith("//") ? rest.indexOf('\n') : rest.indexOf("*/");
            rest = end < 0 ? "" : rest.substring(end + (rest.startsWith("//") ? 1 : 2)).stripLeading();
        }
        return rest;
    }

    private void check(SnippetEvent event, Path script) {
        String source = event.snippet().source().strip();
        if (event.exception() != null) {
            throw new IllegalStateException(script + ": this snippet threw " + event.exception().getMessage() + ":\n" + source,
                    event.exception());
        }
        if (event.status() == Snippet.Status.REJECTED) {
            String why = shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
            throw new IllegalStateException(script + ": this snippet does not compile (" + why + "):\n" + source);
        }
    }
}
