package cn.ybjg.supervision.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who calls: admin sees everything, a supervisor only the regions of its {@code regions} claim. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    /** Empty for admin (no restriction); otherwise the regions the caller may read (possibly none). */
    public Optional<List<String>> regionScope() {
        if (jwt.getGroups().contains("admin")) return Optional.empty();
        Object claim = jwt.getClaim("regions");
        if (claim instanceof JsonArray a) {
            return Optional.of(a.stream().map(Caller::text).toList());
        }
        if (claim instanceof Collection<?> c) return Optional.of(c.stream().map(String::valueOf).toList());
        if (claim instanceof String s) return Optional.of(List.of(s.split(",")));
        return Optional.of(List.of());
    }

    public String name() {
        return jwt.getName() == null ? "unknown" : jwt.getName();
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
