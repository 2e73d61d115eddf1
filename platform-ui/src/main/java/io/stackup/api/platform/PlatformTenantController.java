package io.stackup.api.platform;

import io.stackup.api.FieldError;
import io.stackup.api.Paging;
import io.stackup.api.ProblemResponses;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantId;
import io.stackup.security.ProblemWriter;
import io.stackup.tenantadmin.operator.Operator;
import io.stackup.tenantadmin.operator.SuspensionValidationException;
import io.stackup.tenantadmin.operator.TenantNotFoundException;
import io.stackup.tenantadmin.operator.TenantOperations;
import io.stackup.tenantadmin.operator.TenantOverview;
import io.stackup.tenantadmin.operator.TenantStatusConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operators' API (docs/spec/api.md, "Platform"): every tenant with its status and use (counts only),
 * suspend with a reason, reactivate. Only a {@code platform-operator} token without an organization gets here with
 * a use; everyone else is refused by the service with 403.
 */
@RestController
@RequestMapping("/api/v1/platform/tenants")
@Tag(name = "Platform")
class PlatformTenantController {

    private final TenantOperations operations;

    PlatformTenantController(TenantOperations operations) {
        this.operations = operations;
    }

    record View(
            String id,
            String slug,
            String name,
            String status,
            @Nullable String suspensionReason,
            long members,
            long interviews,
            @Nullable Instant lastActivity,
            Instant createdAt) {

        static View of(TenantOverview o) {
            return new View(
                    o.tenant().id().toString(),
                    o.tenant().slug(),
                    o.tenant().name(),
                    o.tenant().status().dbValue(),
                    o.suspensionReason(),
                    o.members(),
                    o.interviews(),
                    o.lastActivity(),
                    o.tenant().createdAt());
        }
    }

    /** Why the tenant is suspended: shown to its members and in the API's refusal; 1 to 500 characters. */
    record Suspension(@Nullable String reason) {}

    @GetMapping
    @Operation(operationId = "listPlatformTenants", summary = "Every tenant by name, with status and use (operators)")
    Paging.Page<View> list(
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                operations.find(search, paging.offset(), paging.size()).stream()
                        .map(View::of)
                        .toList(),
                operations.count(search));
    }

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @PostMapping(value = "/{id}/suspend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "suspendTenant", summary = "Suspends a tenant with a reason its members are shown")
    @ProblemResponses(HttpStatus.CONFLICT)
    View suspend(
            @PathVariable String id,
            @RequestBody Suspension body,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt jwt) {
        return View.of(operations.suspend(parse(id), body.reason(), operator(jwt)));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(operationId = "reactivateTenant", summary = "Reactivates a suspended tenant")
    @ProblemResponses(HttpStatus.CONFLICT)
    View reactivate(@PathVariable String id, @Parameter(hidden = true) @AuthenticationPrincipal Jwt jwt) {
        return View.of(operations.reactivate(parse(id), operator(jwt)));
    }

    private static TenantId parse(String id) {
        try {
            return new TenantId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new TenantNotFoundException();
        }
    }

    private static Operator operator(Jwt jwt) {
        String email = jwt.getClaimAsString("email");
        String name = jwt.getClaimAsString("name");
        String label = (name == null ? jwt.getSubject() : name) + (email == null ? "" : " (" + email + ")");
        return new Operator(jwt.getSubject(), label + " — platform operator");
    }

    @ExceptionHandler(TenantNotFoundException.class)
    ProblemDetail notFound(TenantNotFoundException e) {
        return ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such tenant. Check the id.");
    }

    @ExceptionHandler(TenantStatusConflictException.class)
    ProblemDetail conflict(TenantStatusConflictException e) {
        return ProblemWriter.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(SuspensionValidationException.class)
    ProblemDetail invalid(SuspensionValidationException e) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-suspension",
                "Invalid suspension",
                "A suspension needs a reason, which the tenant's members are shown.");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> new FieldError(p.path(), p.message()))
                        .toList());
        return problem;
    }
}
