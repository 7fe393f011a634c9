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
    void aClusterNeedsAMember() {
        assertThatThrownBy(() -> Cluster.start(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
