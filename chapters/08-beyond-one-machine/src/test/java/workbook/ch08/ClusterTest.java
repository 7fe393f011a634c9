package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ClusterTest {

    @Test
    void membersFindEachOtherOnLoopbackOnlyAndCloseLeavesNoThreadBehind() throws Exception {
        List<String> names;
        try (var cluster = Cluster.start(2)) {
            for (var member : cluster.members()) {
                assertThat(member.getCluster().getMembers()).hasSize(2);
                var address = member.getCluster().getLocalMember().getAddress();
                assertThat(address.getInetAddress()).isInstanceOf(Inet4Address.class);
                assertThat(address.getInetAddress().isLoopbackAddress()).isTrue();
                assertThat(member.getConfig().getClusterName()).isEqualTo(cluster.name());
                assertThat(member.getConfig().getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
                var join = member.getConfig().getNetworkConfig().getJoin();
                assertThat(join.getMulticastConfig().isEnabled()).isFalse();
                assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
            }
            names = cluster.members().stream().map(m -> m.getName()).toList();
        }
        // A member's threads are named hz.<instance name>.<role>; shutdown() stops them, join() waits for the last ones.
        for (var thread : Thread.getAllStackTraces().keySet()) {
            if (names.stream().anyMatch(n -> thread.getName().startsWith("hz." + n + "."))) {
                thread.join(Duration.ofSeconds(10));
                assertThat(thread.isAlive()).as("member thread %s after close()", thread.getName()).isFalse();
            }
        }
    }

    @Test
    void everyStartIsANewClusterThatNobodyElseJoins() {
        try (var one = Cluster.start(1); var two = Cluster.start(1)) {
            assertThat(one.name()).isNotEqualTo(two.name());
            assertThat(one.member(0).getCluster().getMembers()).hasSize(1);
            assertThat(two.member(0).getCluster().getMembers()).hasSize(1);
        }
    }

    @Test
    void startWaitsUntilEveryMemberSeesAllOfThemNotJustChecksOnce() throws Exception {
        try (var two = Cluster.start(2)) {
            var members = two.members();
            var waited = new java.util.concurrent.CompletableFuture<Void>();
            var waiter = Thread.ofPlatform().start(() -> {
                try {
                    Cluster.awaitMembers(members, 3, Duration.ofSeconds(50));
                    waited.complete(null);
                } catch (Throwable t) {
                    waited.completeExceptionally(t);
                }
            });
            awaitWaiting(waiter);                              // it sees 2 of 3 and waits
            assertThat(waited).isNotDone();
            var port = members.getFirst().getCluster().getLocalMember().getAddress().getPort();
            var third = com.hazelcast.core.Hazelcast.newHazelcastInstance(
                    Cluster.memberConfig(two.name(), port, 2, Cluster.class.getClassLoader())); // joins the same cluster
            try {
                waited.get();                                  // woken by the join, not by a clock
                assertThat(members).allSatisfy(m -> assertThat(m.getCluster().getMembers()).hasSize(3));
            } finally {
                third.shutdown();
            }
        }
    }

    @Test
    void membersThatNeverSeeTheRightNumberGiveAClearErrorAtTheDeadline() throws Exception {
        try (var one = Cluster.start(1)) {
            assertThatThrownBy(() -> Cluster.awaitMembers(one.members(), 2, Duration.ofMillis(200)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Cluster.port(one.member(0))).hasMessageContaining("still sees 1 member, not 2, after waiting 200 ms");
        }
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        while (t.isAlive() && t.getState() != Thread.State.TIMED_WAITING) t.join(Duration.ofMillis(1));
    }

    @Test
    void aClusterNeedsAMember() {
        assertThatThrownBy(() -> Cluster.start(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
