package cn.ybjg.claims.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's {@link Scope}, read from the verified JWT of the current request (request scoped). */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    public Scope scope() {
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        return new Scope(roles, text(jwt.getClaim("institution")), texts(jwt.getClaim("regions")));
    }

    /** The token's name (upn, preferred_username or sub), as the access log records it. */
    public String name() {
        return jwt.getName();
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim == null ? null : claim.toString();
    }

    private static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> values.add(text(v)));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(text(v)));
        } else if (claim != null) {
            for (String v : text(claim).split(",")) {
                values.add(v.trim());
            }
        }
        return values;
    }
}
