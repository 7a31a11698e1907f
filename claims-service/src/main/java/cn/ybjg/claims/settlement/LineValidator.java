package cn.ybjg.claims.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.FieldReader;

/** Validates the optional 费用明细 lines: {code, category, quantity, unitPrice, amount}. */
final class LineValidator {

    static final Set<String> CATEGORIES = Set.of("DRUG", "MATERIAL", "SERVICE");
    /** Quantities may be fractional (half a box, 0.125 g); six decimals are more than any catalogue uses. */
    static final int MAX_QUANTITY_DECIMALS = 6;

    List<Settlement.FeeLine> lines(JsonNode node, List<FieldError> errors) {
        List<Settlement.FeeLine> lines = new ArrayList<>();
        if (node == null || node.isNull()) {
            return lines;
        }
        if (!node.isArray()) {
            errors.add(new FieldError("lines", "must be an array of fee lines"));
            return lines;
        }
        for (int i = 0; i < node.size(); i++) {
            String prefix = "lines[" + i + "].";
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                errors.add(new FieldError("lines[" + i + "]", "must be an object {code, category, quantity, unitPrice, amount}"));
                continue;
            }
            FieldReader in = new FieldReader(line, prefix, errors);
            String code = in.identifier("code", true, 50);
            String category = in.text("category", true, 20);
            if (category != null && !CATEGORIES.contains(category)) {
                in.error("category", "must be one of [DRUG, MATERIAL, SERVICE], got '" + FieldReader.abbreviate(category) + "'");
            }
            BigDecimal quantity = quantity(in);
            BigDecimal unitPrice = in.money("unitPrice", true);
            BigDecimal amount = in.money("amount", true);
            lines.add(new Settlement.FeeLine(code, category, quantity, unitPrice, amount));
        }
        return lines;
    }

    private static BigDecimal quantity(FieldReader in) {
        JsonNode value = in.raw("quantity");
        if (value == null) {
            in.error("quantity", "is required");
            return null;
        }
        return in.amount("quantity", value, MAX_QUANTITY_DECIMALS);
    }
}
