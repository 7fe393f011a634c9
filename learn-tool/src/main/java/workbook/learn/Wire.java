package workbook.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The protocol between the tool and the child JVM that runs the learner's code: one record per line,
 * a {@link #MARK} then a type and tab-separated fields (backslash, tab and line breaks escaped). The mark
 * may come after stray text on the same line (a worker JVM the learner started prints to the child's
 * standard output too); lines without it are not records.
 */
final class Wire {

    static final String MARK = "\u001elearn\u001e";

    /** One record: its type (RUN, READY, STARTED, FAILED, ...) and its fields. */
    record Record(String type, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private Wire() {}

    /** The line for a record, without its line break; preceded by a line break so it always starts a line. */
    static String encode(String type, Object... fields) {
        var line = new StringBuilder("\n").append(MARK).append(type);
        for (var f : fields) line.append('\t').append(escape(String.valueOf(f)));
        return line.toString();
    }

    /** The record in a line, or null when the line holds none. */
    static Record decode(String line) {
        int at = line.indexOf(MARK);
        if (at < 0) return null;
        var parts = line.substring(at + MARK.length()).split("\t", -1);
        var fields = new ArrayList<String>();
        for (int i = 1; i < parts.length; i++) fields.add(unescape(parts[i]));
        return new Record(parts[0], fields);
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            out.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> n;
            });
        }
        return out.toString();
    }
}
