package cn.ybjg.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's records for the tests of other modules (deploy/hostile): valid settlement records of a seeded,
 * anomaly-free population, and {@link Mutations}' malformed variants of them. Same arguments, same records.
 */
public final class Samples {

    /** One malformed record: the mutation kind and the fields an answer may name for it. */
    public record Broken(ObjectNode record, String kind, List<String> fields) {
    }

    private Samples() {
    }

    /**
     * Valid settlement records as the claims API takes them (JSON objects in contract field order); settlementIds
     * and personIds start with {@code prefix}. No enrollments: the records are valid input, not a clean history.
     */
    public static List<ObjectNode> settlements(long seed, String prefix, String regionCode, int year, int count) {
        Options options = Options.parse(new String[] {"--persons", String.valueOf(Math.max(1, count / 4)),
            "--settlements", String.valueOf(count), "--seed", String.valueOf(seed), "--anomaly-rate", "0",
            "--near-misses", "0", "--region", regionCode, "--year", String.valueOf(year), "--prefix", prefix});
        Dataset data = Generate.generate(options);
        List<ObjectNode> records = new ArrayList<>(data.settlements.size());
        for (Settlement s : data.settlements) {
            records.add(JsonOut.MAPPER.valueToTree(Records.settlement(s)));
        }
        return records;
    }

    /** {@code count} malformed records made from {@code base}, each broken in one way (kinds in turn). */
    public static List<Broken> malformed(List<ObjectNode> base, int count, long seed, String prefix) {
        List<Broken> out = new ArrayList<>(count);
        for (Mutations.Mutated m : Malformed.records(base, count, new Random(seed), prefix)) {
            out.add(new Broken(m.record(), m.kind().name(), m.fields()));
        }
        return out;
    }

    /** True for an 18-character 公民身份号码 with a real birth date and a valid ISO 7064 MOD 11-2 check character. */
    public static boolean isIdNumber(String text) {
        return IdNumbers.isValid(text);
    }

    /** A valid ID number for a person born on the given date in the given division (sequence 0..999). */
    public static String idNumber(String division, java.time.LocalDate birthDate, int sequence) {
        return IdNumbers.make(division, birthDate, sequence);
    }
}
