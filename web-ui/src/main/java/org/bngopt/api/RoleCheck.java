package org.bngopt.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.contract.ApiError;
import org.bngopt.errors.ErrorResponses;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource classes and methods, in code, whatever path reached them:
 * web.xml's constraints match exact URL patterns, and {@code DELETE /api/cache/} once slipped past the
 * one for {@code /api/cache}. A caller in none of the roles gets 403.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record Filter(String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (Arrays.stream(roles).noneMatch(request.getSecurityContext()::isUserInRole)) {
                request.abortWith(ErrorResponses.json(ApiError.of(403, "FORBIDDEN",
                        "this needs the role " + String.join(" or ", roles))));
            }
        }
    }
}
