package workbook.bench;

/** The CPU-bound workload the benchmarks share (chapters 02, 05 and 06), so their numbers compare. */
public final class CpuWork {

    private CpuWork() {}

    // tag::count-primes[]
    /**
     * CPU work with no shared state and nothing to wait for: count the primes in [from, to) by trial
     * division.
     */
    public static int countPrimes(int from, int to) {
        int count = 0;
        for (int n = Math.max(from, 2); n < to; n++) {
            boolean prime = true;
            for (int d = 2; (long) d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) count++;
        }
        return count;
    }
    // end::count-primes[]
}
