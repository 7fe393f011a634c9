package workbook.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Finds, in the learner's files as javac analyses them, the timed waits that the tests cannot make time out because
 * the learner's code made the object waited on ({@code myPool.awaitTermination(1, MINUTES)}, {@code t.join(500)},
 * {@code latch.await(2, SECONDS)}...), and gives each file's text with those calls redirected to the exercises'
 * {@code exercises.support.OwnWaits}, which can make them time out at once in the runs that ask for it (and otherwise
 * only calls the real method). The receiver becomes the first argument, on the same line:
 * {@code myPool.awaitTermination(1, MINUTES)} is compiled as
 * {@code exercises.support.OwnWaits.awaitTermination(myPool, 1, MINUTES)}.
 * Line numbers do not move, so stack traces and messages still point at the learner's lines.
 *
 * <p>A file that imports JUnit is a test the learner wrote (chapter 9's exercises): its waits are what is on trial and
 * are left as they are. So are calls this cannot rewrite safely: through {@code super} (but {@code super.join(ms)},
 * the same call as {@code this.join(ms)}, join being final), with explicit type arguments, or with a comment between
 * the receiver and the parenthesis. What is rewritten is decided from the types javac resolved,
 * not from names: a method of the learner's own called {@code join} is left alone.
 */
final class OwnWaitsRewrite implements TaskListener {

    static final String TARGET = "exercises.support.OwnWaits";

    /**
     * A JDK method whose calls are redirected: its name, parameter types (erased), a type it must be declared in or below,
     * and whether it is static (redirected as it is, with no receiver to move).
     */
    private record Wait(String name, String parameters, String declaredIn, boolean isStatic) {
        Wait(String name, String parameters, String declaredIn) {
            this(name, parameters, declaredIn, false);
        }
    }

    private static final String UNIT = "java.util.concurrent.TimeUnit";

    private static final List<Wait> WAITS = List.of(
            new Wait("join", "long", "java.lang.Thread"),
            new Wait("join", "long,int", "java.lang.Thread"),
            new Wait("join", "java.time.Duration", "java.lang.Thread"),
            new Wait("awaitTermination", "long," + UNIT, "java.util.concurrent.ExecutorService"),
            new Wait("invokeAll", "java.util.Collection,long," + UNIT, "java.util.concurrent.ExecutorService"),
            new Wait("get", "long," + UNIT, "java.util.concurrent.Future"),
            new Wait("await", "long," + UNIT, "java.util.concurrent.CountDownLatch"),
            new Wait("tryAcquire", "long," + UNIT, "java.util.concurrent.Semaphore"),
            new Wait("tryAcquire", "int,long," + UNIT, "java.util.concurrent.Semaphore"),
            new Wait("waitFor", "long," + UNIT, "java.lang.Process"),
            new Wait("poll", "long," + UNIT, "java.util.concurrent.BlockingQueue"),
            new Wait("poll", "long," + UNIT, "java.util.concurrent.CompletionService"),
            new Wait("awaitAdvanceInterruptibly", "int,long," + UNIT, "java.util.concurrent.Phaser"),
            new Wait("await", "long," + UNIT, "java.util.concurrent.CyclicBarrier"),
            new Wait("await", "long," + UNIT, "java.util.concurrent.locks.Condition"),
            new Wait("awaitNanos", "long", "java.util.concurrent.locks.Condition"),
            new Wait("awaitQuiescence", "long," + UNIT, "java.util.concurrent.ForkJoinPool"),
            new Wait("exchange", "java.lang.Object,long," + UNIT, "java.util.concurrent.Exchanger"),
            new Wait("tryLock", "long," + UNIT, "java.util.concurrent.locks.Lock"),
            // timers: a delay of the learner's own, which the runs that ask for it make end at once
            new Wait("schedule", "java.lang.Runnable,long," + UNIT, "java.util.concurrent.ScheduledExecutorService"),
            new Wait("schedule", "java.util.concurrent.Callable,long," + UNIT, "java.util.concurrent.ScheduledExecutorService"),
            new Wait("schedule", "java.util.TimerTask,long", "java.util.Timer"),
            new Wait("delayedExecutor", "long," + UNIT, "java.util.concurrent.CompletableFuture", true),
            new Wait("delayedExecutor", "long," + UNIT + ",java.util.concurrent.Executor", "java.util.concurrent.CompletableFuture", true),
            new Wait("orTimeout", "long," + UNIT, "java.util.concurrent.CompletableFuture"),
            new Wait("completeOnTimeout", "java.lang.Object,long," + UNIT, "java.util.concurrent.CompletableFuture"),
            // a monitor's timed wait (wait(0) waits for ever: OwnWaits keeps it real)
            new Wait("wait", "long", "java.lang.Object"),
            new Wait("wait", "long,int", "java.lang.Object"),
            // a sleep is a delay: in a thread of the learner's other than its own (a hand-made alarm), up at once
            new Wait("sleep", "long", "java.lang.Thread", true),
            new Wait("sleep", "long,int", "java.lang.Thread", true),
            new Wait("sleep", "java.time.Duration", "java.lang.Thread", true),
            new Wait("sleep", "long", "java.util.concurrent.TimeUnit"),
            // so is a timed park (which may return at any time: a spurious return is within its contract)
            new Wait("parkNanos", "long", "java.util.concurrent.locks.LockSupport", true),
            new Wait("parkNanos", "java.lang.Object,long", "java.util.concurrent.locks.LockSupport", true),
            new Wait("parkUntil", "long", "java.util.concurrent.locks.LockSupport", true),
            new Wait("parkUntil", "java.lang.Object,long", "java.util.concurrent.locks.LockSupport", true),
            // and a process of the learner's own (`sleep 2` as a timer): it ends at once
            new Wait("start", "", "java.lang.ProcessBuilder"),
            new Wait("exec", "java.lang.String", "java.lang.Runtime"),
            new Wait("exec", "java.lang.String[]", "java.lang.Runtime"),
            // the learner's clock, which moves on by what a delay or time-out made up at once stood for (a deadline loop
            // that parks or sleeps until System.nanoTime() passes it sees its deadline come)
            new Wait("nanoTime", "", "java.lang.System", true),
            new Wait("currentTimeMillis", "", "java.lang.System", true));

    /** One change to a file's text: replace [start, end) with text (an insertion when start == end). */
    private record Edit(int start, int end, String text, int order) {}

    private Trees trees;
    private Types types;
    private Elements elements;
    private final Map<JavaFileObject, List<Edit>> edits = new LinkedHashMap<>();
    private final Map<JavaFileObject, String> texts = new LinkedHashMap<>(); // as scanned: the edits' offsets are into it
    private final Set<String> scanned = new HashSet<>(); // top-level types, each analysed once

    /** Called with the task before it runs. */
    void attach(JavacTask task) {
        trees = Trees.instance(task);
        types = task.getTypes();
        elements = task.getElements();
    }

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getTypeElement() == null || trees == null) return;
        var cu = e.getCompilationUnit();
        if (importsJUnit(cu) || !scanned.add(e.getTypeElement().getQualifiedName().toString())) return;
        var path = trees.getPath(e.getTypeElement());
        if (path != null) new Finder(cu).scan(path, null);
    }

    /** Whether any call was found to rewrite. */
    boolean any() {
        return edits.values().stream().anyMatch(l -> !l.isEmpty());
    }

    /** Each file with calls to rewrite, and its rewritten text. */
    Map<JavaFileObject, String> rewritten() {
        var out = new LinkedHashMap<JavaFileObject, String>();
        edits.forEach((file, list) -> {
            if (!list.isEmpty()) out.put(file, apply(texts.get(file), list));
        });
        return out;
    }

    /** The text with the edits made; edits never overlap, and insertions at one place keep the order they were found in. */
    static String apply(String text, List<Edit> list) {
        var sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        var out = new StringBuilder(text.length() + 64 * sorted.size());
        int at = 0;
        for (var e : sorted) {
            out.append(text, at, e.start()).append(e.text());
            at = Math.max(at, e.end());
        }
        return out.append(text, at, text.length()).toString();
    }

    private static boolean importsJUnit(CompilationUnitTree cu) {
        return cu.getImports().stream().anyMatch(i -> i.getQualifiedIdentifier().toString().startsWith("org.junit"));
    }

    private final class Finder extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree cu;
        private final SourcePositions positions;
        private final String text;

        Finder(CompilationUnitTree cu) {
            this.cu = cu;
            this.positions = trees.getSourcePositions();
            try {
                this.text = cu.getSourceFile().getCharContent(true).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            var element = trees.getElement(new TreePath(getCurrentPath(), call.getMethodSelect()));
            if (element instanceof ExecutableElement method && call.getTypeArguments().isEmpty()) {
                var wait = waitOf(method);
                if (wait != null) rewrite(call, method, wait);
            }
            return super.visitMethodInvocation(call, unused);
        }

        private Wait waitOf(ExecutableElement method) {
            if (!(method.getEnclosingElement() instanceof TypeElement owner)) return null;
            boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
            var parameters = String.join(",", method.getParameters().stream().map(p -> types.erasure(p.asType()).toString()).toList());
            for (var w : WAITS) {
                if (w.isStatic() != isStatic || !w.parameters().equals(parameters)) continue;
                if (!w.name().equals(method.getSimpleName().toString())) continue;
                var declaredIn = elements.getTypeElement(w.declaredIn());
                if (declaredIn != null && isSubtype(owner, declaredIn)) return w;
            }
            return null;
        }

        private void rewrite(MethodInvocationTree call, ExecutableElement method, Wait wait) {
            var list = edits.computeIfAbsent(cu.getSourceFile(), f -> new ArrayList<>());
            texts.putIfAbsent(cu.getSourceFile(), text);
            var redirect = TARGET + "." + wait.name() + "(";
            long selectEnd = positions.getEndPosition(cu, call.getMethodSelect());
            int paren = openParenthesis((int) selectEnd);
            if (paren < 0) return;
            if (wait.isStatic()) { // CompletableFuture.delayedExecutor(...), or delayedExecutor(...) imported
                int start = (int) positions.getStartPosition(cu, call.getMethodSelect());
                if (start >= 0) list.add(new Edit(start, (int) selectEnd, TARGET + "." + wait.name(), list.size()));
                return;
            }
            if (call.getMethodSelect() instanceof MemberSelectTree select) {
                var receiver = select.getExpression();
                boolean viaSuper = receiver instanceof IdentifierTree id && id.getName().contentEquals("super");
                // super.join(100) in a Thread of the learner's is this.join(100) (join is final); no other super call is safe
                if (viaSuper && !wait.declaredIn().equals("java.lang.Thread")) return;
                if (receiver instanceof MemberSelectTree m && m.getIdentifier().contentEquals("super")) return;
                int start = (int) positions.getStartPosition(cu, receiver);
                int end = (int) positions.getEndPosition(cu, receiver);
                if (start < 0 || end < 0 || !text.substring(end, (int) selectEnd).strip().equals("." + wait.name())) return;
                list.add(viaSuper ? new Edit(start, end, redirect + "this", list.size())
                        : new Edit(start, start, redirect, list.size()));
                // the receiver becomes the first argument: a comma after it, unless the call had no arguments
                boolean noArguments = call.getArguments().isEmpty();
                list.add(new Edit(end, paren + 1, (noArguments ? "" : ",") + lineBreaks(end, paren) + (noArguments ? "" : " "),
                        list.size()));
            } else if (call.getMethodSelect() instanceof IdentifierTree) {
                // join(100) inside a class of the learner's that extends Thread: the receiver is this, if this is that class
                var enclosing = enclosingClass();
                if (enclosing == null || !isSubtype(enclosing, method.getEnclosingElement())) return;
                int start = (int) positions.getStartPosition(cu, call.getMethodSelect());
                if (start < 0) return;
                list.add(new Edit(start, paren + 1, redirect + "this," + lineBreaks(start, paren) + " ", list.size()));
            }
        }

        private boolean isSubtype(javax.lang.model.element.Element sub, javax.lang.model.element.Element of) {
            return types.isSubtype(types.erasure(sub.asType()), types.erasure(of.asType()));
        }

        /** The line breaks in [from, to) of the text: kept where text is replaced, so no line moves. */
        private String lineBreaks(int from, int to) {
            return "\n".repeat((int) text.substring(from, to).chars().filter(c -> c == '\n').count());
        }

        /** The position of the '(' after a call's method name, if only white space comes between; else -1. */
        private int openParenthesis(int from) {
            for (int i = from; i >= 0 && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') return i;
                if (!Character.isWhitespace(c)) return -1;
            }
            return -1;
        }

        private TypeElement enclosingClass() {
            for (var p = getCurrentPath(); p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof ClassTree) return trees.getElement(p) instanceof TypeElement t ? t : null;
            }
            return null;
        }
    }
}
