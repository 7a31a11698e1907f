package cn.ybjg.kit;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls, read the same way by every service from the verified token: roles (claim {@code groups}, or wherever
 * {@code smallrye.jwt.path.groups} points), the {@code institution} of a hospital and the {@code regions} of a
 * supervisor. A list claim may come as a JSON array, a collection or one comma-separated string (identity providers
 * differ); every item is trimmed and empty items are dropped.
 */
public record CallerScope(String name, String subject, Set<String> roles, String institution, Set<String> regions) {

    public static final String ADMIN = "admin";
    public static final String HOSPITAL = "hospital";
    public static final String SUPERVISOR = "supervisor";
    public static final String REGISTRY = "registry";

    public CallerScope {
        roles = Set.copyOf(roles);
        regions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(regions));
    }

    public static CallerScope of(JsonWebToken jwt) {
        Set<String> roles = jwt.getGroups() == null ? Set.of() : texts(jwt.getGroups());
        Set<String> institutions = texts(jwt.getClaim("institution"));
        String institution = institutions.isEmpty() ? null : institutions.iterator().next();
        return new CallerScope(jwt.getName(), jwt.getSubject(), roles, institution, texts(jwt.getClaim("regions")));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean admin() {
        return has(ADMIN);
    }

    /** Reads a claim that holds one or several texts into trimmed, non-empty items, in order, without repeats. */
    static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> split(text(v), values));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(v -> split(text(v), values));
        } else if (claim != null) {
            split(text(claim), values);
        }
        return values;
    }

    private static void split(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        for (String item : text.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                into.add(trimmed);
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.toString();
    }
}
