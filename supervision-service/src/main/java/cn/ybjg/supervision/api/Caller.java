package cn.ybjg.supervision.api;

import cn.ybjg.kit.CallerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls: admin sees everything, a supervisor only the regions of its {@code regions} claim, a hospital only the
 * flags of its own institution.
 */
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

    /**
     * A hospital (not admin) reads the flags of its own institution's settlements only: its institution (empty text
     * when the token names none, which matches nothing); empty for every other caller.
     */
    public Optional<String> institutionScope() {
        CallerScope scope = CallerScope.of(jwt);
        if (scope.admin() || !scope.has(CallerScope.HOSPITAL)) return Optional.empty();
        return Optional.of(scope.institution() == null ? "" : scope.institution());
    }

    public String name() {
        return jwt.getName() == null ? "unknown" : jwt.getName();
    }
}
