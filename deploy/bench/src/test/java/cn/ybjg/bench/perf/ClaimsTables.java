package cn.ybjg.bench.perf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * claims-service's tables, built by its own Flyway migrations (so the SQL rules are tested against the schema they
 * read in the stack), in a private schema of the PostgreSQL database named by the system property bench.test.jdbc
 * (default jdbc:postgresql://127.0.0.1:5432/bench_test, created by deploy/local/lib.sh), dropped again on close.
 * Rows are inserted with only what the rules read filled in meaningfully.
 */
final class ClaimsTables implements AutoCloseable {
    static final Path MIGRATIONS = Path.of("../../claims-service/src/main/resources/db/migration");
    final Connection db;
    private final String schema;
    private long nextId;
    /** Kept open: a generated data set inserts thousands of enrollments. */
    private PreparedStatement enrollment;

    ClaimsTables() throws Exception {
        String url = System.getProperty("bench.test.jdbc", "jdbc:postgresql://127.0.0.1:5432/bench_test");
        db = DriverManager.getConnection(url, System.getProperty("bench.test.user", "ybjg_owner"),
                System.getProperty("bench.test.password", "ybjg_owner"));
        schema = "bench_sql_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Statement s = db.createStatement()) {
            s.execute("create schema " + schema);
            s.execute("set search_path = " + schema);
            for (Path m : migrations()) {
                s.execute(Files.readString(m));
            }
        }
    }

    /** V1__…, V2__…: by version number, as Flyway applies them; the repeatable grants are not needed here. */
    private static List<Path> migrations() throws Exception {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(
                            p.getFileName().toString().substring(1, p.getFileName().toString().indexOf("__")))))
                    .toList();
        }
    }

    /** A stand-in for the keyed hash of an ID number: 64 hex characters, one per person label. */
    static String hash(String person) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(person.getBytes(StandardCharsets.UTF_8)));
    }

    /** One settlement; settlementTime is 10:00 on the given day in Asia/Shanghai, so settlement_date is that day. */
    record S(String inst, String id, String personId, String person, String region, String gender, String scheme,
             String medicalType, LocalDate admission, LocalDate discharge, LocalDate settled, String diagnosis,
             String drg, BigDecimal total, String status) {
        S status(String s) {
            return new S(inst, id, personId, person, region, gender, scheme, medicalType, admission, discharge,
                    settled, diagnosis, drg, total, s);
        }
    }

    static S visit(String inst, String id, String personId, String person, String scheme, LocalDate day,
                   String diagnosis) {
        return new S(inst, id, personId, person, "431000", "1", scheme, "11", day, null, day, diagnosis, null,
                new BigDecimal("100.00"), "SETTLED");
    }

    static S stay(String inst, String id, String personId, String person, String scheme, LocalDate in,
                  LocalDate out, String diagnosis) {
        return new S(inst, id, personId, person, "431000", "1", scheme, "21", in, out, out, diagnosis, null,
                new BigDecimal("5000.00"), "SETTLED");
    }

    /** An inpatient stay of a DRG group settled (and admitted and discharged) on one day. */
    static S drgStay(String id, String personId, String region, String drg, LocalDate day, String total) {
        return new S("H43100200001", id, personId, personId, region, "1", "390", "21", day, day, day, "J18.900", drg,
                new BigDecimal(total), "SETTLED");
    }

    void insert(S... rows) throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                insert into settlement (id, institution_code, settlement_id, region_code, person_id, id_number_enc,
                  id_number_hash, id_number_masked, gender, birth_year, insurance_type, medical_type, admission_date,
                  discharge_date, settlement_time, settlement_date, primary_diagnosis, drg_code, total_cost,
                  policy_scope_cost, fund_payment, serious_illness_payment, medical_assistance_payment,
                  personal_account_payment, cash_payment, status, ingested_at, content_hash)
                values (?, ?, ?, ?, ?, '\\x00', ?, '431000********0000', ?, 1970, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0,
                        0, 0, ?, ?, now(), repeat('0', 64))""")) {
            for (S s : rows) {
                q.setLong(1, ++nextId);
                q.setString(2, s.inst());
                q.setString(3, s.id());
                q.setString(4, s.region());
                q.setString(5, s.personId());
                q.setString(6, hash(s.person()));
                q.setString(7, s.gender());
                q.setString(8, s.scheme());
                q.setString(9, s.medicalType());
                q.setDate(10, Date.valueOf(s.admission()));
                q.setDate(11, s.discharge() == null ? null : Date.valueOf(s.discharge()));
                q.setObject(12, OffsetDateTime.of(s.settled().atTime(10, 0), ZoneOffset.ofHours(8)));
                q.setDate(13, Date.valueOf(s.settled()));
                q.setString(14, s.diagnosis());
                q.setString(15, s.drg());
                q.setBigDecimal(16, s.total());
                q.setBigDecimal(17, s.total());
                q.setBigDecimal(18, s.total());
                q.setString(19, s.status());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    void enroll(String personId, String person, String scheme, String region, LocalDate start, LocalDate end,
                String status) throws Exception {
        if (enrollment == null) {
            enrollment = db.prepareStatement("""
                    insert into enrollment (id_number_enc, id_number_hash, id_number_masked, person_id, insurance_type,
                      region_code, start_date, end_date, status, content_hash, ingested_at)
                    values ('\\x00', ?, '431000********0000', ?, ?, ?, ?, ?, ?, repeat('0', 64), now())""");
        }
        enrollment.setString(1, hash(person));
        enrollment.setString(2, personId);
        enrollment.setString(3, scheme);
        enrollment.setString(4, region);
        enrollment.setDate(5, Date.valueOf(start));
        enrollment.setDate(6, end == null ? null : Date.valueOf(end));
        enrollment.setString(7, status);
        enrollment.executeUpdate();
    }

    void death(String person, LocalDate day) throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                insert into death_registration (id_number_enc, id_number_hash, id_number_masked, date_of_death, source,
                  content_hash, ingested_at)
                values ('\\x00', ?, '431000********0000', ?, 'CIVIL_AFFAIRS', repeat('0', 64), now())""")) {
            q.setString(1, hash(person));
            q.setDate(2, Date.valueOf(day));
            q.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        } finally {
            db.close();
        }
    }
}
