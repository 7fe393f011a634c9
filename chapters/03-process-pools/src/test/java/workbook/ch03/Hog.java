package workbook.ch03;

import java.util.ArrayList;

/** A task that keeps every array it allocates until the heap is full. */
public final class Hog implements WorkerTask {
    @Override
    public String run(String argument) {
        var kept = new ArrayList<long[]>();
        while (true) kept.add(new long[1 << 20]);
    }
}
