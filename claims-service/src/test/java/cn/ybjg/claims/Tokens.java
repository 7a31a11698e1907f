package cn.ybjg.claims;

import io.smallrye.jwt.build.Jwt;
import java.util.List;

/** Test bearer tokens signed with the development key (the %test profile points at it). */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-admin").groups("admin").sign();
    }

    public static String registry() {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-registry").groups("registry").sign();
    }

    public static String hospital(String institution) {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-hospital").groups("hospital")
                .claim("institution", institution).sign();
    }

    public static String supervisor(String... regions) {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-supervisor").groups("supervisor")
                .claim("regions", List.of(regions)).sign();
    }
}
