package cn.ybjg.bench;

import java.util.List;

/** A prefecture-level 统筹区 with its county-level divisions (GB/T 2260). */
record Region(String code, String name, List<String> divisions, double costFactor) {
    static final Region CHENZHOU = new Region("431000", "郴州市", List.of(
            "431002", "431003", "431021", "431022", "431023", "431024", "431025", "431026", "431027",
            "431028", "431081"), 1.00);
    static final Region QINGYUAN = new Region("441800", "清远市", List.of(
            "441802", "441803", "441821", "441823", "441825", "441826", "441881", "441882"), 1.12);

    static Region of(String code) {
        return switch (code) {
            case "431000" -> CHENZHOU;
            case "441800" -> QINGYUAN;
            default -> throw new IllegalArgumentException("unknown region " + code + " (known: 431000, 441800)");
        };
    }

    /** The region a person may also be (wrongly) enrolled in, for the two-region duplicate enrollment. */
    Region other() {
        return this == CHENZHOU ? QINGYUAN : CHENZHOU;
    }
}
