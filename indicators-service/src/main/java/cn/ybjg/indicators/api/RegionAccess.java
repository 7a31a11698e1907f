package cn.ybjg.indicators.api;

import cn.ybjg.kit.BadParameterException;
import cn.ybjg.kit.CallerScope;
import cn.ybjg.kit.Problem;
import cn.ybjg.kit.ProblemException;
import cn.ybjg.kit.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Region scope of the caller: admin reads all regions, supervisor only those of its {@code regions} claim. */
@RequestScoped
public class RegionAccess {

    @Inject
    JsonWebToken jwt;

    public boolean isAdmin() {
        return CallerScope.of(jwt).admin();
    }

    public List<String> regions() {
        return List.copyOf(CallerScope.of(jwt).regions());
    }

    public void check(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw new BadParameterException("regionCode", "is required: a 6-digit division code");
        }
        if (!isAdmin() && !regions().contains(regionCode)) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "missing permission: region " + regionCode
                    + " is not in the token's regions claim " + regions()).with("missingPermission", "region:" + regionCode));
        }
    }
}
