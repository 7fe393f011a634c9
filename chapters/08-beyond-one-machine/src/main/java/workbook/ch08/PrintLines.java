package workbook.ch08;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

// tag::task[]
/**
 * The seed's task for a cluster: print {@code lines} numbered lines, then return which member ran it.
 * It travels to the member as bytes, so it is Serializable, and its class must be on every member's
 * class path.
 */
public final class PrintLines implements Callable<String>, Serializable, HazelcastInstanceAware {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int lines;
    private transient HazelcastInstance member; // <1>

    public PrintLines(String name, int lines) {
        this.name = name;
        this.lines = lines;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public String call() {
        var where = Cluster.port(member);
        for (int i = 0; i < lines; i++) {
            System.out.println(name + " " + i + "   printed on " + where); // <2>
        }
        return name + " ran on " + where;                                  // <3>
    }
}
// end::task[]
