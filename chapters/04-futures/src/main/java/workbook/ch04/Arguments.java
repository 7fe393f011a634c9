package workbook.ch04;

import java.util.ArrayList;
import java.util.List;

/** Positive whole-number arguments with defaults, and a clear error for anything else. */
final class Arguments {

    private Arguments() {}

    static List<Integer> ints(String[] args, int... defaults) {
        if (args.length > defaults.length) {
            throw new IllegalArgumentException("expected at most " + defaults.length + " numbers, got " + args.length);
        }
        var values = new ArrayList<Integer>();
        for (int i = 0; i < defaults.length; i++) {
            int v = i < args.length ? Integer.parseInt(args[i]) : defaults[i];
            if (v < 1) throw new IllegalArgumentException("every number must be at least 1, got " + v);
            values.add(v);
        }
        return values;
    }
}
