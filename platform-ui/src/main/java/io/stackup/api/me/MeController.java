package io.stackup.api.me;

import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
    Me me(
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt jwt,
            @Parameter(hidden = true) Authentication authentication) {
        TenantView tenant = TenantContext.currentTenant()
                .flatMap(directory::findById)
                .map(MeController::view)
                .orElse(null);
        return new Me(jwt.getSubject(), jwt.getClaimAsString("email"), tenant, roles(authentication));
    }

    /** The roles this call is authorized with: the member's in the token's tenant, and the platform's. */
    private static Set<String> roles(Authentication authentication) {
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(Roles.authority(""))) {
                roles.add(name.substring(Roles.authority("").length()));
            }
        }
        return roles;
    }

    private static TenantView view(Tenant t) {
        return new TenantView(t.id().toString(), t.slug(), t.name());
    }
}
