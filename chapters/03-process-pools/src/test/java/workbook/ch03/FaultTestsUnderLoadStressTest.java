package workbook.ch03;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every test of {@link ProcessPoolTest} (crashed, killed, stopped and hung workers, orphans, forged replies, time
 * limits, on-demand starts) again, with two spinning threads per core in this JVM: a loaded machine must not change
 * a verdict. The tests synchronise on gates, pipes and process exits, never on sleeps, so only their time limits
 * (each stated in the test) can feel the load. Run with -Pstress.
 */
@Tag("stress")
@ExtendWith(CpuLoad.DuringEveryTest.class)
class FaultTestsUnderLoadStressTest extends ProcessPoolTest {
}
