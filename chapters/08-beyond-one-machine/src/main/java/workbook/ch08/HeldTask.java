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
        var gate = Gate.byId(gateId);
        try {
            gate.passThrough();
            return name + " ran on " + Cluster.port(member);
        } finally {
            gate.leave();
        }
    }
}
