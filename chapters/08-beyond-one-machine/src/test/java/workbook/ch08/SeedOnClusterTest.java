package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SeedOnClusterTest {

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void everyTaskRunsOnceAndTheResultsComeBackInSubmissionOrder() throws Exception {
        var tasks = new ArrayList<PrintLines>();
        for (int i = 0; i < 100; i++) tasks.add(new PrintLines("task" + i, 0));
        var results = SeedOnCluster.runOnCluster(cluster.member(0).getExecutorService("seed-test"), tasks);
        var ports = cluster.members().stream().map(Cluster::port).toList();
        assertThat(results).hasSize(100);
        for (int i = 0; i < 100; i++) {
            var m = Pattern.compile("task" + i + " ran on (member:\\d+)").matcher(results.get(i));
            assertThat(m.matches()).as(results.get(i)).isTrue();
            assertThat(ports).contains(m.group(1));
        }
    }

    @Test
    void aLambdaTaskIsAcceptedBySubmitButFailsOnTheMemberAndOnlyGetSaysSo() throws Exception {
        var executor = cluster.member(0).getExecutorService("seed-test");
        var future = LambdaTask.submitLambda(executor); // no exception here
        assertThatThrownBy(future::get)
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GenericRecord");
    }

    @Test
    void aTaskPrintsOnTheMemberThatRunsItAndReturnsItsResultToTheCaller() throws Exception {
        var printed = new ByteArrayOutputStream();
        var console = System.out;
        var runsOn = cluster.member(1);
        String result;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8)); // both members share this JVM's System.out
        try {
            result = cluster.member(0).getExecutorService("seed-test")
                    .submitToMember(new PrintLines("task7", 2), runsOn.getCluster().getLocalMember()).get();
        } finally {
            System.setOut(console);
        }
        assertThat(result).isEqualTo("task7 ran on " + Cluster.port(runsOn));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("task7 0   printed on " + Cluster.port(runsOn), "task7 1   printed on " + Cluster.port(runsOn));
    }
}
