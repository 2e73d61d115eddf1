package io.stackup.api.me;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.security.KeycloakToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, in which tenant, with which roles: what a script checks first. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me")
class MeController {

    private final TenantDirectory directory;

    MeController(TenantDirectory directory) {
        this.directory = directory;
    }

    record TenantView(String id, String slug, String name) {}

    record Me(String user, @Nullable String email, @Nullable TenantView tenant, Set<String> roles) {}

    @GetMapping
    @Operation(operationId = "me", summary = "Who the caller is, in which tenant, with which roles")
    Me me(@Parameter(hidden = true) @AuthenticationPrincipal Jwt jwt) {
        TenantView tenant = TenantContext.currentTenant()
                .flatMap(directory::findById)
                .map(MeController::view)
                .orElse(null);
        return new Me(
                jwt.getSubject(),
                jwt.getClaimAsString("email"),
                tenant,
                new TreeSet<>(KeycloakToken.of(jwt.getClaims()).roles()));
    }

    private static TenantView view(Tenant t) {
        return new TenantView(t.id().toString(), t.slug(), t.name());
    }
}
