package workbook.ch03;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The line protocol between a pool and its workers: one UTF-8 line per message, fields separated by one
 * space, free text always Base64-encoded (so it can hold spaces and newlines). A worker acknowledges every RUN
 * with STARTED just before the task begins, then answers it with exactly one OK or ERR line.
 *
 * <p>Every line a worker writes starts with a secret: a random token the pool sends as the first line of the
 * worker's stdin, never on its command line. Output without it (a task writing to file descriptor 1, a JVM
 * warning) is not a message; the pool passes it on to its stderr. Each message is written with one
 * {@code write} and begins with a line end, so stray text the task left unfinished cannot run into it.
 */
// tag::protocol[]
// pool to worker, first:                    <token>                       (128 random bits, in hex)
// worker to pool, once, when it is ready:   <token> READY <pid>
// pool to worker, one per task:             RUN <id> <task class> <base64 argument>
// worker to pool, just before the task runs: <token> STARTED <id>
// worker to pool, the task returned:        <token> OK <id> <base64 result> <base64 printed output>
// worker to pool, the task threw:           <token> ERR <id> <base64 message> <base64 printed output>
// pool to worker, no more tasks:            (closes the worker's stdin; the worker exits with status 0)
// end::protocol[]
final class Protocol {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Protocol() {}

    /** A reply as the pool reads it. */
    record Reply(boolean ok, long id, String text, String printed) {}

    /** A new secret for one worker. */
    static String newToken() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What a worker writes for one message: a line end first, so unfinished stray text ends before it. */
    static String frame(String token, String message) {
        return "\n" + token + " " + message + "\n";
    }

    /** The message in a line the worker wrote, or null if the line does not start with the token. */
    static String unframe(String token, String line) {
        if (line == null || !line.startsWith(token + " ")) return null;
        return line.substring(token.length() + 1);
    }

    /**
     * Throws an IllegalArgumentException naming {@code what} if {@code s} holds a char UTF-8 cannot carry: a
     * surrogate without its pair (Java's encoder would send {@code ?} in its place without a word).
     */
    static void checkCarriable(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " holds a lone surrogate (\\u" + HexFormat.of().toHexDigits(c)
                        + " at index " + i + "), which UTF-8 cannot carry");
            }
        }
    }

    static String encode(String s) {
        return Base64.getEncoder().encodeToString((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    static String run(long id, String task, String argument) {
        checkCarriable(argument, "the argument of task " + id);
        return "RUN " + id + " " + task + " " + encode(argument);
    }

    static String started(long id) {
        return "STARTED " + id;
    }

    static String ok(long id, String result, String printed) {
        return "OK " + id + " " + encode(result) + " " + encode(printed);
    }

    static String err(long id, String message, String printed) {
        return "ERR " + id + " " + encode(message) + " " + encode(printed);
    }

    /** The id in a STARTED message, or -1 if the message is not one. */
    static long parseStarted(String message) {
        if (message == null || !message.startsWith("STARTED ")) return -1;
        try {
            return Long.parseLong(message.substring("STARTED ".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Parses a reply message (the line without its token); null if it is not a well-formed OK or ERR. */
    static Reply parseReply(String message) {
        if (message == null) return null;
        var f = message.split(" ", -1);
        if (f.length != 4 || !(f[0].equals("OK") || f[0].equals("ERR"))) return null;
        try {
            return new Reply(f[0].equals("OK"), Long.parseLong(f[1]), decode(f[2]), decode(f[3]));
        } catch (IllegalArgumentException e) { // not a number, or not Base64
            return null;
        }
    }

    /** The pid in a READY message, or -1 if the message is not one. */
    static long parseReady(String message) {
        if (message == null || !message.startsWith("READY ")) return -1;
        try {
            return Long.parseLong(message.substring(6));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
