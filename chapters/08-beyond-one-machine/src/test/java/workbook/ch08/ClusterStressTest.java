package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many 3-member starts in a row, each of which must see every member see all three: run with -Pstress. */
@Tag("stress")
@Timeout(value = 60, unit = TimeUnit.MINUTES)
class ClusterStressTest {

    @Test
    void oneHundredThreeMemberStartsInARowAllSucceed() {
        int starts = Integer.getInteger("stress.starts", 100);
        for (int i = 0; i < starts; i++) {
            try (var cluster = Cluster.start(3)) {
                for (var member : cluster.members()) {
                    assertThat(member.getCluster().getMembers()).as("start %d, %s", i, Cluster.port(member)).hasSize(3);
                }
            }
        }
    }
}
