package cn.ybjg.claims.security;

import java.util.Set;

/** Who calls, from the bearer token: roles (claim groups) and scope claims institution / regions. */
public record Scope(Set<String> roles, String institution, Set<String> regions) {

    public boolean admin() {
        return roles.contains("admin");
    }

    public boolean hospital() {
        return roles.contains("hospital") && !admin();
    }

    public boolean supervisor() {
        return roles.contains("supervisor") && !admin() && !roles.contains("hospital");
    }

    /** How the token's institution scope reads in an error message. */
    public String institutionText() {
        return institution == null ? "no institution (claim 'institution' missing)" : "institution " + institution;
    }

    /** May this caller submit or reverse settlements of the given institution? */
    public boolean mayWriteFor(String institutionCode) {
        return admin() || (roles.contains("hospital") && institutionCode != null && institutionCode.equals(institution));
    }

    /** May this caller read a settlement of the given institution and region? */
    public boolean mayRead(String institutionCode, String regionCode) {
        return admin() || mayWriteFor(institutionCode)
                || (roles.contains("supervisor") && regions.contains(regionCode));
    }
}
