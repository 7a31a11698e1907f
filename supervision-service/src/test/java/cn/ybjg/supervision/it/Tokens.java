package cn.ybjg.supervision.it;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/**
 * Development tokens signed with the dev private key (the %test profile points at it): issuer, audience and a
 * lifetime of five minutes, as the services demand.
 */
final class Tokens {
    static final String ISSUER = "https://ybjg.local/dev";
    static final String AUDIENCE = "ybjg";

    private Tokens() {
    }

    static JwtClaimsBuilder builder(String upn, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(upn).groups(role).expiresIn(300);
    }

    static String admin() {
        return builder("test-admin", "admin").sign();
    }

    static String supervisor(String... regions) {
        return supervisorNamed("test-supervisor", regions);
    }

    static String supervisorNamed(String upn, String... regions) {
        return builder(upn, "supervisor").claim("regions", List.of(regions)).sign();
    }

    static String hospital(String institution) {
        return builder("test-hospital", "hospital").claim("institution", institution).sign();
    }

    static String registry() {
        return builder("test-registry", "registry").sign();
    }
}
