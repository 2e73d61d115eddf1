package io.stackup.api.settings;

import io.stackup.api.FieldError;
import io.stackup.api.ProblemResponses;
import io.stackup.core.settings.Settings;
import io.stackup.core.settings.SettingsChange;
import io.stackup.core.settings.SettingsConflictException;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.settings.SettingsValidationException;
import io.stackup.core.tenancy.Roles;
import io.stackup.security.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant admin's settings (docs/spec/api.md, "Settings"): read and change them all at once with their
 * {@code version}, upload or remove the logo. The logo upload is bounded before it is read (the API's body limit,
 * 1 MiB, {@code io.stackup.security.RequestSizeLimit}), then decoded and re-encoded by the service; the logo is served
 * only as the re-encoded PNG, with {@code X-Content-Type-Options: nosniff}.
 */
@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "Settings")
class SettingsController {

    private final SettingsService settings;

    SettingsController(SettingsService settings) {
        this.settings = settings;
    }

    /**
     * The settings as saved: {@code accentColour} {@code #rrggbb} or null, {@code leadPickupHours} 1 to 8760 or null
     * (the platform's default), {@code timeZone} an IANA id, {@code defaultLanguage} one the UI speaks, and the
     * {@code version} read.
     */
    record Body(
            @NotNull(message = "missing") String name,
            @Nullable String accentColour,
            @Nullable Integer leadPickupHours,
            @NotNull(message = "missing") String timeZone,
            @NotNull(message = "missing") String defaultLanguage,
            @NotNull(message = "missing") Integer version) {}

    record View(
            String name,
            @Nullable String accentColour,
            @Nullable Integer leadPickupHours,
            String timeZone,
            String defaultLanguage,
            boolean logo,
            int version) {

        static View of(Settings s) {
            return new View(
                    s.name(),
                    s.accentColour(),
                    s.leadPickupHours(),
                    s.timeZone().getId(),
                    s.defaultLanguage(),
                    s.logo(),
                    s.version());
        }
    }

    @GetMapping
    @Operation(operationId = "getSettings", summary = "The tenant's settings (tenant admins)")
    View get() {
        return View.of(settings.current());
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeSettings", summary = "Changes the tenant's settings, from the version read")
    @ProblemResponses(HttpStatus.CONFLICT)
    View change(@Valid @RequestBody Body body) {
        return View.of(settings.change(new SettingsChange(
                body.name(),
                body.accentColour(),
                body.leadPickupHours(),
                body.timeZone(),
                body.defaultLanguage(),
                body.version())));
    }

    @GetMapping(value = "/logo", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(operationId = "getLogo", summary = "The tenant's logo, as re-encoded (PNG)")
    ResponseEntity<byte[]> logo() {
        return settings.logo()
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"logo.png\"")
                        .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate())
                        .body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping(
            value = "/logo",
            consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "replaceLogo",
            summary = "Uploads the logo: a PNG or JPEG of at most 1 MiB, kept re-encoded as a PNG within 400 x 120")
    void replaceLogo(@RequestBody byte[] upload) {
        settings.replaceLogo(upload);
    }

    @DeleteMapping("/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeLogo", summary = "Removes the logo")
    void removeLogo() {
        settings.removeLogo();
    }

    /** 400 naming each field that does not fit ({@code $.accentColour}, {@code $.logo}, …); nothing was stored. */
    @ExceptionHandler(SettingsValidationException.class)
    ProblemDetail invalid(SettingsValidationException e) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-settings",
                "Invalid settings",
                "Each error names a field that does not fit; nothing was stored.");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> new FieldError(p.path(), p.message()))
                        .toList());
        return problem;
    }

    /** 409 when someone else saved the settings since they were read. */
    @ExceptionHandler(SettingsConflictException.class)
    ProblemDetail conflict(SettingsConflictException e) {
        return ProblemWriter.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }
}
