package cn.ybjg.indicators.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Region scope of the caller: admin reads all regions, supervisor only those of its {@code regions} claim. */
@RequestScoped
public class RegionAccess {

    @Inject
    JsonWebToken jwt;

    public boolean isAdmin() {
        return jwt.getGroups().contains("admin");
    }

    public List<String> regions() {
        Object claim = jwt.getClaim("regions");
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof java.util.Collection<?> c) return c.stream().map(Object::toString).toList();
        return List.of();
    }

    public void check(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw ApiError.badRequest("regionCode is required: a 6-digit division code");
        }
        if (!isAdmin() && !regions().contains(regionCode)) {
            throw ApiError.of(Response.Status.FORBIDDEN, "missing permission: region " + regionCode
                    + " is not in the token's regions claim " + regions());
        }
    }
}
