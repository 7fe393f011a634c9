package workbook.ch08;

import com.hazelcast.core.IExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** What happens to a task that cannot be serialised: a plain lambda. */
final class LambdaTask {

    private LambdaTask() {}

    // tag::lambda[]
    static Future<String> submitLambda(IExecutorService executor) {
        Callable<String> task = () -> "hello from a member"; // a lambda, not Serializable
        return executor.submit(task);                        // accepted: no exception here
    }
    // end::lambda[]
}
