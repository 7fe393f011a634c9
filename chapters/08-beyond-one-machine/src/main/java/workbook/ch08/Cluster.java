package workbook.ch08;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Hazelcast cluster of {@code size} embedded members, all in this JVM and all on 127.0.0.1, that nothing
 * else can join: its name is new on every start, multicast and cloud auto-detection are off, and members
 * find each other only through the TCP/IP member list. {@link #close()} shuts every member down.
 */
public final class Cluster implements AutoCloseable {

    // Hazelcast logs through java.util.logging here; keep a strong reference so the level sticks.
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    static {
        HAZELCAST_LOG.setLevel(Level.SEVERE); // start-up banners and membership news would bury the examples' output
    }

    private static final int SPARE_PORTS = 4;

    /**
     * How long {@link #start} waits for every member to see all the others. A member's view of the cluster is
     * updated by messages after it has joined, so it may see fewer members for a moment; on a quiet machine
     * they agree within milliseconds. This is a limit for the failure case, far above that.
     */
    public static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final String name;
    private final List<HazelcastInstance> members = new ArrayList<>();

    private Cluster(String name) {
        this.name = name;
    }

    // tag::config[]
    /**
     * The configuration of one member of the cluster {@code name}, whose members listen from
     * {@code firstPort} on.
     */
    static Config memberConfig(String name, int firstPort, int size, ClassLoader classes) {
        var config = new Config();
        config.setClusterName(name);                               // <1>
        config.setClassLoader(classes);                            // <2>
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.socket.bind.any", "false");  // <3>
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");

        var network = config.getNetworkConfig();
        int lastPort = firstPort + size + SPARE_PORTS - 1;          // a few spare ports, in case one is taken
        network.setPort(firstPort).setPortAutoIncrement(true).setPortCount(lastPort - firstPort + 1);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        var join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);               // <4>
        join.getAutoDetectionConfig().setEnabled(false);
        var tcpIp = join.getTcpIpConfig().setEnabled(true);
        for (int port = firstPort; port <= lastPort; port++) {
            tcpIp.addMember("127.0.0.1:" + port);                  // <5>
        }
        return config;
    }
    // end::config[]

    /** Starts {@code size} members and returns once every one sees all {@code size} (waiting up to {@link #START_LIMIT}). */
    public static Cluster start(int size) {
        return start(size, Cluster.class.getClassLoader());
    }

    /**
     * Starts {@code size} members that load task classes through {@code classes} (the class loader of the code
     * that submits them), and returns once every member sees all the others.
     *
     * @throws IllegalStateException if some member still sees another number of members after {@link #START_LIMIT};
     *         every member started is shut down first
     */
    public static Cluster start(int size, ClassLoader classes) {
        if (size < 1) throw new IllegalArgumentException("a cluster needs at least one member, not " + size);
        var cluster = new Cluster("workbook-" + UUID.randomUUID());
        int firstPort = freePort();
        try {
            for (int i = 0; i < size; i++) {
                cluster.members.add(Hazelcast.newHazelcastInstance(memberConfig(cluster.name, firstPort, size, classes)));
            }
            awaitMembers(cluster.members, size, START_LIMIT);
            return cluster;
        } catch (InterruptedException e) {
            cluster.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the members of " + cluster.name + " found each other", e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    // tag::await-members[]
    /**
     * Waits until each of {@code members} sees exactly {@code size} members, woken by membership events;
     * throws an IllegalStateException naming a member that does not after {@code limit}.
     */
    static void awaitMembers(List<HazelcastInstance> members, int size, Duration limit)
            throws InterruptedException {
        var changed = new Object();
        var listeners = new ArrayList<UUID>();
        MembershipListener wake = new MembershipListener() {
            @Override public void memberAdded(MembershipEvent e) { wakeUp(); }
            @Override public void memberRemoved(MembershipEvent e) { wakeUp(); }

            private void wakeUp() {
                synchronized (changed) { changed.notifyAll(); }
            }
        };
        for (var member : members) listeners.add(member.getCluster().addMembershipListener(wake));
        try {
            long deadline = System.nanoTime() + limit.toNanos();
            synchronized (changed) {
                while (true) {
                    var behind = members.stream()
                            .filter(m -> m.getCluster().getMembers().size() != size)
                            .findFirst();
                    if (behind.isEmpty()) return;
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        int seen = behind.get().getCluster().getMembers().size();
                        throw new IllegalStateException("member " + port(behind.get()) + " still sees " + seen
                                + (seen == 1 ? " member" : " members") + ", not " + size + ", after waiting "
                                + limit.toMillis() + " ms");
                    }
                    TimeUnit.NANOSECONDS.timedWait(changed, left);   // a membership event, or the deadline
                }
            }
        } finally {
            for (int i = 0; i < listeners.size(); i++) {
                members.get(i).getCluster().removeMembershipListener(listeners.get(i));
            }
        }
    }
    // end::await-members[]

    /** A port nobody listens on right now, so parallel runs do not probe each other's members. */
    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1", e);
        }
    }

    public String name() {
        return name;
    }

    public List<HazelcastInstance> members() {
        return List.copyOf(members);
    }

    public HazelcastInstance member(int i) {
        return members.get(i);
    }

    /** A member's name in the examples' output: its port, e.g. {@code member:5702}. */
    public static String port(HazelcastInstance member) {
        return "member:" + member.getCluster().getLocalMember().getAddress().getPort();
    }

    /** Shuts every member down; a member that is already gone is skipped. */
    @Override
    public void close() {
        for (var member : members.reversed()) {
            if (member.getLifecycleService().isRunning()) member.shutdown();
        }
    }
}
