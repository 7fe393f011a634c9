package workbook.ch09;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a learner's tests check in the exercises where the learner writes the tests (catch-the-early-print,
 * catch-the-off-by-one, catch-the-ignored-timeout): the workbook's right implementation, unless the exercise's
 * judge has handed the tests another one, right or wrong, for one run of them. Ask for it in each test (or in a
 * field of the test class), never once for all the tests.
 */
public final class Subjects {

    private static volatile Object handedIn;

    private Subjects() {}

    // tag::subjects[]
    /** The program under test; by default {@link SeedPrograms#joinsEveryThread}. */
    public static SeedProgram seedProgram() {
        return pick(SeedProgram.class, () -> SeedPrograms::joinsEveryThread);
    }

    /** The waiter under test; by default {@link TaskWaiters#countsDownInFinally}. */
    public static TaskWaiter taskWaiter() {
        return pick(TaskWaiter.class, () -> TaskWaiters::countsDownInFinally);
    }

    /** The deadline under test; by default {@link Deadlines#checksTheAnswer}. */
    public static Deadline deadline() {
        return pick(Deadline.class, () -> Deadlines::checksTheAnswer);
    }
    // end::subjects[]

    /**
     * For a judge: until the returned handle is closed, the accessors of {@code implementation}'s type return it.
     * One at a time: a judge runs the learner's tests against one implementation after another.
     */
    public static HandedIn handIn(Object implementation) {
        Objects.requireNonNull(implementation, "implementation");
        synchronized (Subjects.class) {
            if (handedIn != null) throw new IllegalStateException("another implementation is handed in: " + handedIn);
            handedIn = implementation;
        }
        return new HandedIn(implementation);
    }

    /** Ends a {@link #handIn}: the accessors return the right implementations again. */
    public static final class HandedIn implements AutoCloseable {
        private final Object implementation;

        private HandedIn(Object implementation) {
            this.implementation = implementation;
        }

        /** Takes back this hand-in only: a late close() of an earlier one (a thread left behind) changes nothing. */
        @Override
        public void close() {
            synchronized (Subjects.class) {
                if (handedIn == implementation) handedIn = null;
            }
        }
    }

    private static <T> T pick(Class<T> type, Supplier<T> standard) {
        var chosen = handedIn;
        if (chosen == null) return standard.get();
        if (!type.isInstance(chosen)) {
            throw new IllegalStateException("These tests ask for a " + type.getSimpleName() + ", but the judge handed in "
                    + chosen.getClass().getName() + ": ask for the subject of this exercise.");
        }
        return type.cast(chosen);
    }
}
