package dev.lockstep.validator;

import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for {@link HostLaunchTest}: keeps {@code MB} megabytes alive in small objects (as the
 * outcomes of many runs are kept until the report), then prints the count and exits 0.
 */
public final class Retains {
    private Retains() {
    }

    public static void main(String[] args) {
        long bytes = Long.parseLong(args[0]) << 20;
        List<long[]> kept = new ArrayList<>();
        for (long n = 0; n < bytes; n += 8 * 16 + 16) {
            kept.add(new long[16]);
        }
        System.out.println(kept.size());
    }
}
