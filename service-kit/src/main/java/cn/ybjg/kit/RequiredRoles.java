package cn.ybjg.kit;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** The roles an endpoint allows, from {@code @RolesAllowed} on its method or else on its class. */
final class RequiredRoles {

    private RequiredRoles() {
    }

    static Optional<List<String>> of(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        Class<?> type = resource.getResourceClass();
        RolesAllowed roles = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(resource.getMethodName())
                        && Arrays.equals(m.getParameterTypes(), resource.parameterTypes()))
                .findFirst().map(RequiredRoles::annotation).orElse(null);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        return Optional.ofNullable(roles).map(r -> List.of(r.value()));
    }

    private static RolesAllowed annotation(Method method) {
        return method.getAnnotation(RolesAllowed.class);
    }
}
