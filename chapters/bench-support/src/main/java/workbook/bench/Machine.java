package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the machine a measurement came from, so that every number in the book says where it was measured
 * and how to measure it again.
 */
public final class Machine {

    private Machine() {}

    /**
     * CPU model, cores, memory, operating system and JDK, e.g.
     * {@code "AMD EPYC 7B13, 2 cores, 24 GiB RAM, Linux 6.8.0 (amd64), Java 25.0.1 (OpenJDK 64-Bit Server VM)"}.
     * Off Linux, where /proc is missing, the CPU model and memory are left out.
     */
    public static String description() {
        var parts = new StringBuilder();
        procLine("/proc/cpuinfo", "model name").ifPresent(cpu -> parts.append(cpu).append(", "));
        parts.append(Runtime.getRuntime().availableProcessors()).append(" cores, ");
        procLine("/proc/meminfo", "MemTotal").ifPresent(kb -> parts.append(
                Math.round(Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0)).append(" GiB RAM, "));
        return parts.append(String.format(Locale.ROOT, "%s %s (%s), Java %s (%s)",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"))).toString();
    }

    /**
     * The AsciiDoc sentence under a table of measurements: machine, date and the command that reproduces them,
     * ending with a line break.
     */
    public static String measuredWith(String command) {
        return String.format(Locale.ROOT, "Measured on %s, on %s, with%n`%s`.%n", description(), LocalDate.now(), command);
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux
        }
    }
}
