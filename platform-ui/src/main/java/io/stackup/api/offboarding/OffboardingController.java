package io.stackup.api.offboarding;

import io.stackup.api.Paging;
import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.offboarding.TenantExportNotFoundException;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.offboarding.StoredArchive;
import io.stackup.tenantadmin.offboarding.TenantArchive;
import io.stackup.tenantadmin.offboarding.TenantDeletionService;
import io.stackup.tenantadmin.offboarding.TenantExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant admin's offboarding: the export archive of all of the tenant's data, built in the background
 * ({@code /exports}: started with 202 and a Location, its status and progress read, its archive downloaded once done)
 * or streamed at once as it is read ({@code /export}, kept for the clients that use it), and the
 * deletion request (read, make with the tenant's short name as confirmation, cancel). Only the tenant's admins; the
 * tenant is always the caller's own.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Offboarding")
class OffboardingController {

    static final String ZIP = "application/zip";
    static final String EXPORTS = "/api/v1/exports";

    private final TenantExportService exports;
    private final TenantDeletionService deletions;

    OffboardingController(TenantExportService exports, TenantDeletionService deletions) {
        this.exports = exports;
        this.deletions = deletions;
    }

    /** {@code confirmation}: the tenant's short name, typed to confirm. */
    record DeletionBody(@NotNull(message = "missing") String confirmation) {}

    /** The tenant's deletion: pending or not; when pending, when and by whom it was asked and when it runs. */
    record DeletionView(
            boolean pending,
            @Nullable Instant requestedAt,
            @Nullable String requestedBy,
            @Nullable Instant dueAt) {
        static DeletionView of(PendingDeletion p) {
            return new DeletionView(true, p.requestedAt(), p.requestedBy(), p.dueAt());
        }

        static final DeletionView NONE = new DeletionView(false, null, null, null);
    }

    @GetMapping(
            value = "/export",
            produces = {ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(
            operationId = "exportTenant",
            summary =
                    "All of the tenant's data as one ZIP archive (tables as JSON Lines, templates, results, manifest)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The archive, streamed",
                            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))))
    void export(HttpServletResponse response) throws IOException {
        TenantArchive archive = exports.prepare();
        startZip(response, archive.fileName());
        archive.writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    /** Starts a ZIP download named {@code fileName}, never cached (it holds all of a tenant's data). */
    private static void startZip(HttpServletResponse response, String fileName) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(ZIP);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** A background export as the API shows it; {@code archive} is the download's path once it is done. */
    record ExportView(
            String id,
            String status,
            @Nullable String phase,
            long itemsDone,
            long itemsTotal,
            int percent,
            String fileName,
            @Nullable Long size,
            @Nullable String error,
            String requestedBy,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable Instant expiresAt,
            @Nullable String archive) {
        static ExportView of(TenantExport e) {
            return new ExportView(
                    e.id().toString(),
                    e.status().wire(),
                    e.phase(),
                    e.itemsDone(),
                    e.itemsTotal(),
                    e.percent(),
                    e.fileName(),
                    e.sizeBytes(),
                    e.error(),
                    e.requestedBy(),
                    e.createdAt(),
                    e.startedAt(),
                    e.finishedAt(),
                    e.expiresAt(),
                    e.status() == TenantExport.Status.DONE ? EXPORTS + "/" + e.id() + "/archive" : null);
        }
    }

    @PostMapping("/exports")
    @Operation(
            operationId = "startExport",
            summary = "Starts a background export of all of the tenant's data (or answers the one still running)")
    ResponseEntity<ExportView> startExport() {
        TenantExport export = exports.start();
        return ResponseEntity.accepted()
                .location(URI.create(EXPORTS + "/" + export.id()))
                .body(ExportView.of(export));
    }

    @GetMapping("/exports")
    @Operation(operationId = "listExports", summary = "The tenant's exports kept, newest first")
    Paging.Page<ExportView> listExports(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                exports.recent(paging.offset(), paging.size()).stream()
                        .map(ExportView::of)
                        .toList(),
                exports.count());
    }

    @GetMapping("/exports/{id}")
    @Operation(operationId = "getExport", summary = "An export's status and progress")
    ExportView getExport(@PathVariable String id) {
        return ExportView.of(exports.find(TenantExportNotFoundException.parse(id)));
    }

    @GetMapping(
            value = "/exports/{id}/archive",
            produces = {ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(
            operationId = "downloadExport",
            summary = "The archive of a done export",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The archive",
                            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))))
    void downloadExport(@PathVariable String id, HttpServletResponse response) throws IOException {
        StoredArchive archive = exports.archive(TenantExportNotFoundException.parse(id));
        startZip(response, archive.fileName());
        response.setContentLengthLong(archive.size());
        archive.writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/deletion-request")
    @Operation(
            operationId = "getDeletionRequest",
            summary = "Whether the tenant's deletion is pending, and when it runs")
    DeletionView pending() {
        return deletions.pending().map(DeletionView::of).orElse(DeletionView.NONE);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(value = "/deletion-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "requestDeletion",
            summary = "Requests the tenant's deletion after the grace period; confirmation must be the short name")
    DeletionView request(@Valid @RequestBody DeletionBody body) {
        return DeletionView.of(deletions.request(body.confirmation()));
    }

    @DeleteMapping("/deletion-request")
    @Operation(operationId = "cancelDeletion", summary = "Cancels the tenant's pending deletion, if any")
    DeletionView cancel() {
        deletions.cancel();
        return DeletionView.NONE;
    }
}
