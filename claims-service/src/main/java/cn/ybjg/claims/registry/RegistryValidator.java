package cn.ybjg.claims.registry;

import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.FieldReader;
import cn.ybjg.claims.settlement.SettlementValidator;
import cn.ybjg.claims.intake.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules of contract section 1 for enrollments and death registrations. Pure: no Quarkus, no database. */
public final class RegistryValidator {

    static final Set<String> ENROLLMENT_FIELDS = Set.of("personId", "idNumber", "insuranceType", "regionCode",
            "startDate", "endDate", "status");
    static final Set<String> DEATH_FIELDS = Set.of("idNumber", "dateOfDeath", "source");
    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "TERMINATED");
    static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private final Set<String> insuranceTypes;

    public RegistryValidator(Set<String> insuranceTypes) {
        this.insuranceTypes = Set.copyOf(insuranceTypes);
    }

    public Validated<Enrollment> enrollment(JsonNode node, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return new Validated<>(null, List.of(new FieldError("", "must be a JSON object")));
        }
        FieldReader in = new FieldReader(node, "", errors);
        in.rejectUnknown(ENROLLMENT_FIELDS, "an enrollment");
        String personId = in.personId("personId");
        String idNumber = in.idNumber("idNumber");
        String insuranceType = in.oneOf("insuranceType", insuranceTypes,
                "must be a known 险种类型 code " + SettlementValidator.sorted(insuranceTypes));
        String regionCode = in.text("regionCode", true, 6);
        if (regionCode != null && !SettlementValidator.REGION.matcher(regionCode).matches()) {
            in.error("regionCode", "must be a 6-digit administrative division code, e.g. 431000, got '" + FieldReader.abbreviate(regionCode) + "'");
        }
        LocalDate startDate = in.date("startDate", true);
        LocalDate endDate = in.date("endDate", false);
        String status = in.oneOf("status", STATUSES, "must be ACTIVE, SUSPENDED or TERMINATED");
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            in.error("endDate", "must not be before startDate " + startDate);
        }
        if (!errors.isEmpty()) {
            return new Validated<>(null, errors);
        }
        return new Validated<>(new Enrollment(personId, idNumber, insuranceType, regionCode, startDate, endDate, status), errors);
    }

    public Validated<Death> death(JsonNode node, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return new Validated<>(null, List.of(new FieldError("", "must be a JSON object")));
        }
        FieldReader in = new FieldReader(node, "", errors);
        in.rejectUnknown(DEATH_FIELDS, "a death registration");
        String idNumber = in.idNumber("idNumber");
        LocalDate dateOfDeath = in.date("dateOfDeath", true);
        in.notInFuture("dateOfDeath", dateOfDeath, now.atZone(FieldReader.CHINA).toLocalDate());
        String source = in.text("source", true, 40);
        if (source != null && !SOURCE.matcher(source).matches()) {
            in.error("source", "must be an upper-case source code such as CIVIL_AFFAIRS, PUBLIC_SECURITY or HOSPITAL, got '"
                    + FieldReader.abbreviate(source) + "'");
        }
        if (!errors.isEmpty()) {
            return new Validated<>(null, errors);
        }
        return new Validated<>(new Death(idNumber, dateOfDeath, source), errors);
    }
}
