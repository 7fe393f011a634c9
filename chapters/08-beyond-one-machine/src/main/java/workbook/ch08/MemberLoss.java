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
        return e instanceof MemberLeftException // Hazelcast's get() throws it as is (an ExecutionException)
                || e.getCause() instanceof MemberLeftException
                || e.getCause() instanceof TargetNotMemberException
                || e.getCause() instanceof HazelcastInstanceNotActiveException;
    }
    // end::is-cause[]

    /** The cause's class and, on one short line, which member left (or else the cause's message). */
    public static String describe(ExecutionException e) {
        Throwable cause = e instanceof MemberLeftException ? e : e.getCause();
        var name = (cause == e ? "" : "ExecutionException caused by ") + cause.getClass().getSimpleName();
        if (cause instanceof MemberLeftException left && left.getMember() != null) {
            return name + ": member:" + left.getMember().getAddress().getPort() + " left the cluster";
        }
        var message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return name + message;
    }
}
