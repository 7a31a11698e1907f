package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the running stack is, from the -Dhostile.* properties deploy/hostile/run.sh passes. Without
 * -Dhostile.claims every test of this module that needs the stack is skipped, so the root `mvn verify` runs
 * without one. The first test that asks for the stack also takes the Kafka end offsets, so the final scan reads
 * exactly the events produced during the run.
 */
final class Stack {
    final String claims;
    final String supervision;
    final String indicators;
    final String claimsJdbc;
    final String kafka;
    final List<Path> logs;
    final Path tokenScript;
    final Path privateKey;
    final long seed;
    final String run;
    final Http http = new Http();
    final Tokens tokens;
    final Topics topics;

    static final String SKIPPED = "hostile-input suite skipped: no running stack given (run deploy/hostile/run.sh,"
            + " or pass -Dhostile.claims=http://127.0.0.1:8081 and the other -Dhostile.* properties)";

    private static Stack instance;

    private Stack() {
        claims = property("hostile.claims", null);
        supervision = property("hostile.supervision", "http://127.0.0.1:8082");
        indicators = property("hostile.indicators", "http://127.0.0.1:8083");
        claimsJdbc = property("hostile.claimsJdbc", "jdbc:postgresql://127.0.0.1:5432/claims?user=ybjg&password=ybjg");
        kafka = property("hostile.kafka", "127.0.0.1:9092");
        logs = Arrays.stream(property("hostile.logs", "").split(",")).filter(s -> !s.isBlank()).map(Path::of).toList();
        Path local = Path.of(property("hostile.local", "../local")).toAbsolutePath().normalize();
        tokenScript = local.resolve("token.sh");
        privateKey = local.resolve("dev-keys/private.pem");
        seed = Long.parseLong(property("hostile.seed", "12"));
        // Run-specific identifiers: every record this run stores is found again by this prefix.
        run = "HX" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        tokens = new Tokens(tokenScript, privateKey);
        topics = Topics.startingNow(kafka);
    }

    /** The stack, or a skipped test when no stack was given. */
    static synchronized Stack get() {
        String claims = System.getProperty("hostile.claims", "");
        assumeTrue(!claims.isBlank(), SKIPPED);
        if (instance == null) {
            instance = new Stack();
        }
        return instance;
    }

    /** The stack if some test already reached it; null when none did. */
    static synchronized Stack ifStarted() {
        return instance;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value.trim();
    }
}
