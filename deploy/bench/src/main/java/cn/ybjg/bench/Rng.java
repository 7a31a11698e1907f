package cn.ybjg.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The one seeded source of randomness: same seed, same draws, same bytes. */
final class Rng {
    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    LocalDate date(LocalDate fromInclusive, LocalDate toInclusive) {
        long span = toInclusive.toEpochDay() - fromInclusive.toEpochDay();
        return fromInclusive.plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
    }

    /** Poisson draw (Knuth), fine for the small means used here. */
    int poisson(double mean) {
        double limit = Math.exp(-mean), p = 1.0;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    <T> void shuffle(List<T> items) {
        java.util.Collections.shuffle(items, random);
    }
}
