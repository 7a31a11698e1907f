package cn.ybjg.claims.security;

import java.util.List;
import java.util.Set;

/** Who submitted, changed or reversed a record, as stored with it: the token's name and the role it acted in. */
public record Actor(String name, String role) {

    /** A token holding several roles acts in the strongest one. */
    private static final List<String> ROLES = List.of("admin", "hospital", "registry", "supervisor");
    static final int MAX_NAME = 200;

    public static Actor of(String name, Set<String> roles) {
        String shown = name == null ? "unknown" : name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
        return new Actor(shown, ROLES.stream().filter(roles::contains).findFirst().orElse("unknown"));
    }
}
