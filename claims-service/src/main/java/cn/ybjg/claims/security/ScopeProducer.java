package cn.ybjg.claims.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the caller's {@link Scope} from the verified JWT of the current request. */
@RequestScoped
public class ScopeProducer {

    @Inject
    JsonWebToken jwt;

    @Produces
    Scope scope() {
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        return new Scope(roles, text(jwt.getClaim("institution")), texts(jwt.getClaim("regions")));
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
