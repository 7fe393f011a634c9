package workbook.ch08;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.concurrent.ExecutionException;

/** Recognises the failures that mean "the member running this task is gone", as opposed to the task's own failure. */
public final class MemberLoss {

    private MemberLoss() {}

    // tag::is-cause[]
    /** True if the task did not fail by itself: the member that ran it (or was to run it) left the cluster. */
    public static boolean isCause(ExecutionException e) {
        return e instanceof MemberLeftException // Hazelcast's get() throws it as is: it extends ExecutionException
                || e.getCause() instanceof MemberLeftException
                || e.getCause() instanceof TargetNotMemberException
                || e.getCause() instanceof HazelcastInstanceNotActiveException;
    }
    // end::is-cause[]

    /** The cause's class and message, on one line. */
    public static String describe(ExecutionException e) {
        Throwable cause = e instanceof MemberLeftException ? e : e.getCause();
        var message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return (cause == e ? "" : "ExecutionException caused by ") + cause.getClass().getSimpleName() + message;
    }
}
