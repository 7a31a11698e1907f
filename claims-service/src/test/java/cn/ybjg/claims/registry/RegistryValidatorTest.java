package cn.ybjg.claims.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.claims.TestRecords;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.privacy.IdNumbers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per enrollment / death registration rule, asserting the exact broken fields. */
class RegistryValidatorTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final String ID = "43100219600501123" + IdNumbers.checkCharacter("43100219600501123");
    final RegistryValidator validator = new RegistryValidator(Set.of("310", "390"));

    static ObjectNode enrollment() {
        return TestRecords.JSON.createObjectNode().put("personId", "P1").put("idNumber", ID).put("insuranceType", "310")
                .put("regionCode", "431000").put("startDate", "2024-01-01").putNull("endDate").put("status", "ACTIVE");
    }

    static ObjectNode death() {
        return TestRecords.JSON.createObjectNode().put("idNumber", ID).put("dateOfDeath", "2025-06-01").put("source", "CIVIL_AFFAIRS");
    }

    @Test
    void validEnrollmentWithOpenPeriod() {
        var v = validator.enrollment(enrollment(), NOW);
        assertTrue(v.ok(), () -> v.errors().toString());
        assertEquals(null, v.value().endDate());
        assertEquals(LocalDate.of(2024, 1, 1), v.value().startDate());
    }

    @Test
    void enrollmentRequiredFields() {
        ObjectNode e = enrollment();
        e.remove(List.of("personId", "startDate", "status"));
        assertEquals(List.of(new FieldError("personId", "is required"), new FieldError("startDate", "is required"),
                new FieldError("status", "is required")), validator.enrollment(e, NOW).errors());
    }

    @Test
    void enrollmentEndNotBeforeStart() {
        assertEquals(List.of(new FieldError("endDate", "must not be before startDate 2024-01-01")),
                validator.enrollment(enrollment().put("endDate", "2023-12-31"), NOW).errors());
    }

    @Test
    void enrollmentStatusCodesAndRegion() {
        assertEquals(List.of(new FieldError("insuranceType", "must be a known 险种类型 code [310, 390], got '320'"),
                        new FieldError("regionCode", "must be a 6-digit administrative division code, e.g. 431000, got 'ABCDEF'"),
                        new FieldError("status", "must be ACTIVE, SUSPENDED or TERMINATED, got 'OPEN'")),
                validator.enrollment(enrollment().put("insuranceType", "320").put("regionCode", "ABCDEF").put("status", "OPEN"), NOW).errors());
    }

    @Test
    void enrollmentIdCheckDigit() {
        String bad = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertEquals(List.of(new FieldError("idNumber", "has a wrong check digit (ISO 7064 MOD 11-2): check the number for a typing error")),
                validator.enrollment(enrollment().put("idNumber", bad), NOW).errors());
    }

    @Test
    void deathNotInTheFutureAndSourceCode() {
        assertEquals(List.of(new FieldError("dateOfDeath", "must not be in the future (today is 2026-01-01 in Asia/Shanghai), got 2026-02-01"),
                        new FieldError("source", "must be an upper-case source code such as CIVIL_AFFAIRS, PUBLIC_SECURITY or HOSPITAL, got 'civil'")),
                validator.death(death().put("dateOfDeath", "2026-02-01").put("source", "civil"), NOW).errors());
    }

    @Test
    void deathUnknownField() {
        assertEquals(List.of(new FieldError("name", "is not a field of a death registration (check the spelling)")),
                validator.death(death().put("name", "x"), NOW).errors());
        assertTrue(validator.death(death(), NOW).ok());
    }
}
