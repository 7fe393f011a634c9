package workbook.ch03;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The line protocol between a pool and its workers: one UTF-8 line per message, fields separated by one
 * space, free text always Base64-encoded (so it can hold spaces and newlines). A worker answers every RUN
 * with exactly one OK or ERR line before it reads the next one.
 */
// tag::protocol[]
// worker to pool, once, when it is ready:   READY <pid>
// pool to worker, one per task:             RUN <id> <task class> <base64 argument>
// worker to pool, the task returned:        OK <id> <base64 result> <base64 printed output>
// worker to pool, the task threw:           ERR <id> <base64 message> <base64 printed output>
// pool to worker, no more tasks:            (closes the worker's stdin; the worker exits with status 0)
// end::protocol[]
final class Protocol {

    private Protocol() {}

    /** A reply as the pool reads it. */
    record Reply(boolean ok, long id, String text, String printed) {}

    static String encode(String s) {
        return Base64.getEncoder().encodeToString((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    static String run(long id, String task, String argument) {
        return "RUN " + id + " " + task + " " + encode(argument);
    }

    static String ok(long id, String result, String printed) {
        return "OK " + id + " " + encode(result) + " " + encode(printed);
    }

    static String err(long id, String message, String printed) {
        return "ERR " + id + " " + encode(message) + " " + encode(printed);
    }

    /** Parses a reply line; null if it is not a well-formed OK or ERR line. */
    static Reply parseReply(String line) {
        if (line == null) return null;
        var f = line.split(" ", -1);
        if (f.length != 4 || !(f[0].equals("OK") || f[0].equals("ERR"))) return null;
        try {
            return new Reply(f[0].equals("OK"), Long.parseLong(f[1]), decode(f[2]), decode(f[3]));
        } catch (IllegalArgumentException e) { // not a number, or not Base64
            return null;
        }
    }

    /** The pid in a READY line, or -1 if the line is not one. */
    static long parseReady(String line) {
        if (line == null || !line.startsWith("READY ")) return -1;
        try {
            return Long.parseLong(line.substring(6));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
