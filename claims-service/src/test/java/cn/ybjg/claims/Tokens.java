package cn.ybjg.claims;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/**
 * Test bearer tokens signed with the development key (the %test profile points at it): issuer, audience and a
 * lifetime of five minutes, as the services demand.
 */
public final class Tokens {

    public static final String ISSUER = "https://ybjg.local/dev";
    public static final String AUDIENCE = "ybjg";

    private Tokens() {
    }

    /** A token of the given name and role, ready for more claims; sign() it. */
    public static JwtClaimsBuilder builder(String name, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(name).groups(role).expiresIn(300);
    }

    public static String admin() {
        return builder("test-admin", "admin").sign();
    }

    public static String registry() {
        return builder("test-registry", "registry").sign();
    }

    public static String hospital(String institution) {
        return builder("test-hospital", "hospital").claim("institution", institution).sign();
    }

    public static String supervisor(String... regions) {
        return builder("test-supervisor", "supervisor").claim("regions", List.of(regions)).sign();
    }
}
