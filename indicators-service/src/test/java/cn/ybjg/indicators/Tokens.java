package cn.ybjg.indicators;

import io.smallrye.jwt.build.Jwt;
import java.util.List;

/** Signed development tokens for tests (dev private key, see application.properties %test). */
public final class Tokens {
    private Tokens() {
    }

    public static String admin() {
        return Jwt.issuer("https://ybjg.local/dev").upn("t-admin").groups("admin").sign();
    }

    public static String supervisor(String... regions) {
        return Jwt.issuer("https://ybjg.local/dev").upn("t-sup").groups("supervisor").claim("regions", List.of(regions)).sign();
    }

    public static String hospital(String institution) {
        return Jwt.issuer("https://ybjg.local/dev").upn("t-hosp").groups("hospital").claim("institution", institution).sign();
    }
}
