package cn.ybjg.claims.security;

import cn.ybjg.kit.CallerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's {@link Scope}, read from the verified JWT of the current request (request scoped). */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    /** The token read the way every service reads it (roles, institution, regions). */
    public CallerScope caller() {
        return CallerScope.of(jwt);
    }

    public Scope scope() {
        CallerScope c = caller();
        return new Scope(c.roles(), c.institution(), c.regions());
    }

    /** Who acts, as stored with what the request submits or reverses. */
    public Actor actor() {
        return Actor.of(name(), caller().roles());
    }

    /** The token's name (upn, preferred_username or sub), as the access log records it. */
    public String name() {
        return jwt.getName();
    }
}
