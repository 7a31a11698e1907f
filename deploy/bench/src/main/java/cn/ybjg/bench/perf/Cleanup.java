package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.Statement;

/**
 * --cleanup: deletes every row of every bench run (personId starting with BENCH, the seeded flags of region
 * 999999 included) from claims' and supervision's tables. indicators-service keeps its 2023 aggregates (it stores
 * sums, not records).
 */
final class Cleanup {
    private Cleanup() {
    }

    static void run(Stack stack) throws Exception {
        try (Connection c = stack.claimsDb(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int deaths = s.executeUpdate("delete from death_registration where id_number_hash in"
                    + " (select id_number_hash from enrollment where person_id like 'BENCH%')");
            int enrollments = s.executeUpdate("delete from enrollment where person_id like 'BENCH%'");
            int settlements = s.executeUpdate("delete from settlement where person_id like 'BENCH%'");
            c.commit();
            System.out.printf("[bench] claims: deleted %d settlements, %d enrollments, %d deaths%n",
                    settlements, enrollments, deaths);
        }
        try (Connection c = stack.supervisionDb(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int flags = s.executeUpdate("delete from flag where person_id like 'BENCH%' or region_code = '"
                    + FlagSeed.REGION + "'");
            int deaths = s.executeUpdate("delete from death_state where id_number_hash in"
                    + " (select id_number_hash from enrollment_state where person_id like 'BENCH%')");
            int enrollments = s.executeUpdate("delete from enrollment_state where person_id like 'BENCH%'");
            int settlements = s.executeUpdate("delete from settlement_state where person_id like 'BENCH%'");
            c.commit();
            System.out.printf("[bench] supervision: deleted %d flags, %d settlements, %d enrollments, %d deaths%n",
                    flags, settlements, enrollments, deaths);
        }
    }
}
