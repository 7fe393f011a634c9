package workbook.ch08;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

/** A task that waits at a {@link Gate} (found by id on the member), then returns which member ran it. */
public final class HeldTask implements Callable<String>, Serializable, HazelcastInstanceAware {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String gateId;
    private transient HazelcastInstance member;

    public HeldTask(String name, Gate gate) {
        this.name = name;
        this.gateId = gate.id();
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public String call() throws InterruptedException {
        if (member == null) {
            // Hazelcast hands a member to a task it runs; a task called here was never sent to the cluster.
            throw new IllegalStateException(name + " ran outside the cluster, on thread '" + Thread.currentThread().getName()
                    + "': a task runs on a member only when it is submitted to the cluster's executor (IExecutorService.submit);"
                    + " calling call() yourself runs it here, in this JVM");
        }
        var gate = Gate.byId(gateId);
        try {
            gate.passThrough();
            return name + " ran on " + Cluster.port(member);
        } finally {
            gate.leave();
        }
    }
}
