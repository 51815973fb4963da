package org.pledgewatch.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Reads ({@code @PermitAll} endpoints) are open by default; with {@code pledgewatch.reads-require-token}
 * they need a valid bearer token, whatever its roles. Writes are governed by their own {@code @RolesAllowed}.
 */
@ApplicationScoped
public class ReadAccess {

    private final boolean readsRequireToken;
    private final CurrentIdentityAssociation identities;

    ReadAccess(@ConfigProperty(name = "pledgewatch.reads-require-token", defaultValue = "false")
            boolean readsRequireToken, CurrentIdentityAssociation identities) {
        this.readsRequireToken = readsRequireToken;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireTokenForReads(ContainerRequestContext request) {
        if (!readsRequireToken || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().transform(identity -> {
            requireAuthenticated(identity);
            return null;
        });
    }

    private static void requireAuthenticated(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException("a bearer token is required");
        }
    }
}
