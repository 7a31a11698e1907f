package cn.ybjg.supervision.it;

import io.smallrye.jwt.build.Jwt;
import java.util.List;

/** Development tokens signed with the dev private key (the %test profile points at it). */
final class Tokens {
    private Tokens() {
    }

    static String admin() {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-admin").groups("admin").sign();
    }

    static String supervisor(String... regions) {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-supervisor").groups("supervisor")
                .claim("regions", List.of(regions)).sign();
    }

    static String supervisorNamed(String upn, String... regions) {
        return Jwt.issuer("https://ybjg.local/dev").upn(upn).groups("supervisor")
                .claim("regions", List.of(regions)).sign();
    }

    static String registry() {
        return Jwt.issuer("https://ybjg.local/dev").upn("test-registry").groups("registry").sign();
    }
}
