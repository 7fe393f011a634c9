package workbook.ch03;

import java.util.List;

/**
 * A parent JVM for the start-up interruption test: makes a pool of 1 whose worker JVM pauses before it runs any
 * code, until the file args[0] is deleted (HotSpot's -XX:+PauseAtStartup, a gate the test owns), so the pool's
 * constructor is still waiting when the test interrupts this JVM.
 */
public final class StartsAPool {
    public static void main(String[] args) {
        var pool = new ProcessPool(1, List.of(PrintLines.class),
                List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+PauseAtStartup", "-XX:PauseAtStartupFile=" + args[0]));
        System.out.println("constructor returned: " + pool);
    }
}
