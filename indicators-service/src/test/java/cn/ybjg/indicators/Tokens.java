package cn.ybjg.indicators;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/**
 * Signed development tokens for tests (dev private key, see application.properties %test): issuer, audience and a
 * lifetime of five minutes, as the services demand.
 */
public final class Tokens {
    public static final String ISSUER = "https://ybjg.local/dev";
    public static final String AUDIENCE = "ybjg";

    private Tokens() {
    }

    public static JwtClaimsBuilder builder(String upn, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(upn).groups(role).expiresIn(300);
    }

    public static String admin() {
        return builder("t-admin", "admin").sign();
    }

    public static String supervisor(String... regions) {
        return builder("t-sup", "supervisor").claim("regions", List.of(regions)).sign();
    }

    public static String hospital(String institution) {
        return builder("t-hosp", "hospital").claim("institution", institution).sign();
    }
}
