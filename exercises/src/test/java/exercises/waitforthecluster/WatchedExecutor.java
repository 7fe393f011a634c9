package exercises.waitforthecluster;

import com.hazelcast.core.IExecutorService;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import exercises.support.TimedWaits;
import exercises.support.WatchedPool;
import workbook.ch08.Gate;

/**
 * The learner's view of a real Hazelcast executor: every call goes through to it, and the test sees what was
 * called. One task, the straggler, is held at a gate until the learner's thread calls get() on that task's future
 * (or invokeAll), so a final line printed without that wait is caught on every run, not only on unlucky ones.
 * close() runs ExecutorService's own default code; when it has called awaitTermination
 * {@link #CLOSE_AWAITS_BEFORE_STOPPING} times (each returns false at once on Hazelcast), the test stops it by
 * throwing {@link CloseNeverReturned}, instead of letting it spin for ever.
 */
final class WatchedExecutor implements InvocationHandler {

    static final long CLOSE_AWAITS_BEFORE_STOPPING = 10_000;

    /** Thrown into the learner's close() to end a loop that would never end by itself. */
    static final class CloseNeverReturned extends Error {
        CloseNeverReturned() {
            super("close() was still calling awaitTermination after " + CLOSE_AWAITS_BEFORE_STOPPING
                    + " calls (each returned false at once); the test stopped it", null, false, false);
        }
    }

    private final IExecutorService real;
    private final Gate straggler;
    private final Object stragglerTask;
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Future<?>> futures = Collections.synchronizedList(new ArrayList<>());
    private final List<Watched<?>> handedOut = Collections.synchronizedList(new ArrayList<>()); // as the learner sees them
    private final AtomicInteger futuresWaitedOn = new AtomicInteger();
    private final AtomicInteger handedIn = new AtomicInteger();
    private final AtomicInteger inOtherGets = new AtomicInteger(); // learner threads now in get()/join() of a non-straggler future
    private final AtomicInteger inInvokeAlls = new AtomicInteger(); // learner threads now in the cluster's own invokeAll
    private final AtomicInteger inStragglerGets = new AtomicInteger(); // learner threads now in get()/join() of the straggler's
    private volatile boolean testLetsStragglerGo; // the interrupt test opens the gate itself, after interrupting the wait
    private final AtomicLong awaitsInClose = new AtomicLong();
    private volatile boolean waitedOnStraggler;
    private volatile boolean closing;
    private final boolean adversaryTime;
    private final List<String> timedOut = Collections.synchronizedList(new ArrayList<>());

    private WatchedExecutor(IExecutorService real, Gate straggler, Object stragglerTask, boolean adversaryTime) {
        this.real = real;
        this.straggler = straggler;
        this.stragglerTask = stragglerTask;
        this.adversaryTime = adversaryTime;
    }

    static WatchedExecutor around(IExecutorService real, Gate straggler, Object stragglerTask) {
        return new WatchedExecutor(real, straggler, stragglerTask, false);
    }

    /**
     * Like {@link #around}, but the first timed get() on each future whose task is unfinished times out at once, whatever
     * the timeout (as it may on a slow network), instead of waiting as long as the task takes.
     */
    static WatchedExecutor withAdversaryTime(IExecutorService real, Gate straggler, Object stragglerTask) {
        return new WatchedExecutor(real, straggler, stragglerTask, true);
    }

    /** The timed waits the test made time out. */
    List<String> timedOut() {
        synchronized (timedOut) {
            return List.copyOf(timedOut);
        }
    }

    IExecutorService proxy() {
        return (IExecutorService) Proxy.newProxyInstance(WatchedExecutor.class.getClassLoader(),
                new Class<?>[] {IExecutorService.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        var name = method.getName();
        calls.add(name);
        if (name.equals("close")) {
            closing = true;
            try {
                return InvocationHandler.invokeDefault(proxy, method, args); // the JDK's close(), calling back through here
            } finally {
                closing = false;
            }
        }
        if (method.isDefault()) return InvocationHandler.invokeDefault(proxy, method, args);
        if (name.equals("awaitTermination") && closing && awaitsInClose.incrementAndGet() > CLOSE_AWAITS_BEFORE_STOPPING) {
            throw new CloseNeverReturned();
        }
        if ((name.startsWith("submit") || name.startsWith("execute")) && args != null) handedIn.incrementAndGet();
        if (name.startsWith("invoke") && args != null && args[0] instanceof Collection<?> tasks) handedIn.addAndGet(tasks.size());
        if (name.equals("invokeAll") && args != null && args.length == 3) {
            var call = "invokeAll(tasks, " + args[1] + " " + ((TimeUnit) args[2]).name().toLowerCase() + ")";
            if (adversaryTime) {
                timedOut.add(call);
                return invokeAllThatTimesOutAtOnce((Collection<?>) args[0]);
            }
            // PATIENT: a timed invokeAll waits as long as the tasks take, as the untimed one does
            method = IExecutorService.class.getMethod("invokeAll", Collection.class);
            args = new Object[] {args[0]};
        }
        if (name.startsWith("invokeAll")) {
            waitedOnStraggler = true; // invokeAll waits for every task it submits
            straggler.open();
        }
        if (args != null) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof com.hazelcast.core.ExecutionCallback<?> callback) {
                    args[i] = new CountedCallback<>(callback, args[0] == stragglerTask);
                }
            }
        }
        Object result;
        boolean invokingAll = name.startsWith("invokeAll");
        if (invokingAll) inInvokeAlls.incrementAndGet();
        try {
            result = method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            if (invokingAll) inInvokeAlls.decrementAndGet();
        }
        boolean ofStraggler = args != null && args.length > 0 && args[0] == stragglerTask;
        if (result instanceof Future<?> future) {
            futures.add(future);
            return watched(new Watched<>(future, ofStraggler));
        }
        if (result instanceof java.util.Map<?, ?> perMember && perMember.values().stream().allMatch(Future.class::isInstance)) {
            // submitToAllMembers, submitToMembers: one future per member, each watched like any other
            var watched = new java.util.LinkedHashMap<Object, Future<?>>();
            for (var e : perMember.entrySet()) {
                var future = (Future<?>) e.getValue();
                futures.add(future);
                watched.put(e.getKey(), watched(new Watched<>(future, ofStraggler)));
            }
            return watched;
        }
        return result;
    }

    private <T> Watched<T> watched(Watched<T> w) {
        handedOut.add(w);
        return w;
    }

    /**
     * A task's future as the learner sees it: get() or join() on the straggler's future lets the straggler finish. It is a
     * CompletableFuture (as Hazelcast's own futures are CompletionStages), completed when the real one completes, so
     * allOf, thenApply and callbacks work on it too. A timed get() waits as long as the task takes, or, with adversary
     * time, times out at once the first time while the task is unfinished.
     */
    private final class Watched<T> extends CompletableFuture<T> {
        private final Future<T> real;
        private final boolean isStraggler;
        private final TimedWaits gets = new TimedWaits(adversaryTime ? WatchedPool.Time.ADVERSARY : WatchedPool.Time.PATIENT);

        @SuppressWarnings("unchecked")
        Watched(Future<T> real, boolean isStraggler) {
            this.real = real;
            this.isStraggler = isStraggler;
            if (real instanceof CompletionStage<?> stage) {
                ((CompletionStage<T>) stage).whenComplete((value, failure) -> {
                    if (failure == null) super.complete(value);
                    else super.completeExceptionally(failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
                });
            }
        }

        private void waiting() {
            futuresWaitedOn.incrementAndGet();
            if (isStraggler) {
                waitedOnStraggler = true;
                if (!testLetsStragglerGo) straggler.open();
            }
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            waiting();
            if (isStraggler) {
                inStragglerGets.incrementAndGet();
                try {
                    return waitForTheTask();
                } finally {
                    inStragglerGets.decrementAndGet();
                }
            }
            inOtherGets.incrementAndGet();
            try {
                return waitForTheTask();
            } finally {
                inOtherGets.decrementAndGet();
            }
        }

        /**
         * Hazelcast's own get() notes an interrupt, goes on waiting, and sets the flag again once the task is done, so code
         * that catches the InterruptedException would never meet one. Future.get() may also stop waiting and throw it, as
         * CompletableFuture's get() does: the learner's future does that, so what the code does then is judged.
         */
        private T waitForTheTask() throws InterruptedException, ExecutionException {
            return real instanceof CompletionStage<?> ? super.get() : real.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            if (gets.timeOutNow(!real.isDone(), timeout, unit)) {
                timedOut.add("get(" + timeout + " " + unit.name().toLowerCase() + ")");
                throw new TimeoutException("the test made this timed get() time out: the task was not done yet");
            }
            return get();
        }

        @Override
        public T join() {
            waiting();
            if (isStraggler) {
                inStragglerGets.incrementAndGet();
                try {
                    return super.join();
                } finally {
                    inStragglerGets.decrementAndGet();
                }
            }
            inOtherGets.incrementAndGet();
            try {
                return super.join();
            } finally {
                inOtherGets.decrementAndGet();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = real.cancel(mayInterruptIfRunning);
            if (cancelled) cancelledByTheLearner.incrementAndGet();
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return real.isCancelled();
        }

        @Override
        public boolean isDone() {
            return real.isDone();
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }

        @Override
        public boolean complete(T value) {
            throw new UnsupportedOperationException("this future belongs to the cluster: only its task completes it");
        }

        @Override
        public boolean completeExceptionally(Throwable ex) {
            throw new UnsupportedOperationException("this future belongs to the cluster: only its task completes it");
        }
    }

    /**
     * ADVERSARY: a timed invokeAll whose time is up at once, as it may be on a slow network, whatever the timeout: every
     * task is submitted, and each one not yet complete comes back cancelled, as the contract says ("tasks that have not
     * completed are cancelled"). The held task really goes on, held, so code that carries on is caught printing early.
     */
    private List<Future<?>> invokeAllThatTimesOutAtOnce(Collection<?> tasks) {
        var results = new ArrayList<Future<?>>();
        for (var task : tasks) {
            var future = real.submit((Callable<?>) task);
            futures.add(future);
            if (future.isDone()) {
                results.add(future);
            } else {
                var cancelled = new CompletableFuture<Object>();
                cancelled.cancel(false);
                results.add(cancelled);
            }
        }
        return results;
    }

    /** How many tasks the learner handed to this executor (submit, execute, invokeAll...), whatever became of them. */
    int tasksHandedIn() {
        return handedIn.get();
    }

    /** The calls the learner made, in order, each name once. */
    List<String> callNames() {
        synchronized (calls) {
            return calls.stream().distinct().toList();
        }
    }

    boolean called(String name) {
        synchronized (calls) {
            return calls.contains(name);
        }
    }

    /** The real futures of every task submitted, for the test to wait on after the verdict. */
    List<Future<?>> futures() {
        synchronized (futures) {
            return List.copyOf(futures);
        }
    }

    /** Whether every future handed to the learner, the straggler's aside, has its answer (the replies have all come). */
    boolean othersAnswered() {
        if (othersCallbacksDone.get() < othersCallbacksHanded.get()) return false;
        synchronized (handedOut) {
            return handedOut.stream().allMatch(w -> w.isStraggler || w.isDone() || !(w.real instanceof CompletionStage<?>) && w.real.isDone());
        }
    }

    private final AtomicInteger othersCallbacksHanded = new AtomicInteger();
    private final AtomicInteger othersCallbacksDone = new AtomicInteger();

    /**
     * A callback of the learner's (submit(task, callback)), counted: the reply to a task comes back to it a moment after
     * the task has ended on its member, so "every other task has answered" waits until the callbacks of the other tasks
     * have returned, or a wait of the learner's that they end (a latch they count down) would race the held task.
     */
    private final class CountedCallback<T> implements com.hazelcast.core.ExecutionCallback<T> {
        private final com.hazelcast.core.ExecutionCallback<T> callback;
        private final boolean ofStraggler;

        CountedCallback(com.hazelcast.core.ExecutionCallback<T> callback, boolean ofStraggler) {
            this.callback = callback;
            this.ofStraggler = ofStraggler;
            if (!ofStraggler) othersCallbacksHanded.incrementAndGet();
        }

        @Override
        public void onResponse(T response) {
            try {
                callback.onResponse(response);
            } finally {
                if (!ofStraggler) othersCallbacksDone.incrementAndGet();
            }
        }

        @Override
        public void onFailure(Throwable t) {
            try {
                callback.onFailure(t);
            } finally {
                if (!ofStraggler) othersCallbacksDone.incrementAndGet();
            }
        }
    }

    private final AtomicInteger cancelledByTheLearner = new AtomicInteger();

    /** How many tasks the learner's code cancelled through their futures. */
    int cancelled() {
        return cancelledByTheLearner.get();
    }

    /** Whether the learner is in get() or join() of a future other than the straggler's: that wait ends by itself. */
    boolean inAnotherTasksGet() {
        return inOtherGets.get() > 0;
    }

    /** Whether the learner is in get() or join() of the straggler's future. */
    boolean inStragglersGet() {
        return inStragglerGets.get() > 0;
    }

    /**
     * Whether the learner is inside the cluster's own invokeAll. Hazelcast's invokeAll catches an interrupt in its own get()
     * of a task's future and hands it back inside the list of futures it returns, so what the learner's code meets depends
     * on the instant the interrupt lands, not on that code: the interrupt test leaves such a wait alone.
     */
    boolean inInvokeAll() {
        return inInvokeAlls.get() > 0;
    }

    /** From now on, a wait on the straggler's future does not open its gate: the test opens it (see the interrupt test). */
    void testLetsStragglerGo() {
        testLetsStragglerGo = true;
    }

    int futuresWaitedOn() {
        return futuresWaitedOn.get();
    }

    boolean waitedOnStraggler() {
        return waitedOnStraggler;
    }
}
