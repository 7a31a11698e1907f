package cn.ybjg.supervision.api;

import cn.ybjg.kit.CallerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
        CallerScope scope = CallerScope.of(jwt);
        if (scope.admin()) return Optional.empty();
        return Optional.of(List.copyOf(scope.regions()));
    }

    public String name() {
        return jwt.getName() == null ? "unknown" : jwt.getName();
    }
}
