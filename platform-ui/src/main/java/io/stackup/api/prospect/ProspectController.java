package io.stackup.api.prospect;

import io.stackup.api.Paging;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.tenancy.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prospect endpoints of docs/spec/api.md, and {@code GET /api/v1/prospects/{id}} (a prospect with its interviews
 * over time), which docs/spec/api.md leaves out.
 */
@RestController
@RequestMapping("/api/v1/prospects")
@Tag(name = "Prospects")
class ProspectController {

    private final ProspectService prospects;
    private final InterviewService interviews;

    ProspectController(ProspectService prospects, InterviewService interviews) {
        this.prospects = prospects;
        this.interviews = interviews;
    }

    record ProspectBody(
            @Nullable String name,
            @Nullable String industry,
            @Nullable Integer employees,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String notes) {}

    record Created(String id) {}

    record ProspectView(
            String id,
            String name,
            @Nullable String industry,
            @Nullable Integer employees,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String notes,
            Instant createdAt,
            Instant updatedAt) {
        static ProspectView of(Prospect p) {
            return new ProspectView(
                    p.id().toString(),
                    p.name(),
                    p.industry(),
                    p.employees(),
                    p.contactName(),
                    p.contactEmail(),
                    p.notes(),
                    p.createdAt(),
                    p.updatedAt());
        }
    }

    @Schema(name = "ProspectInterview")
    record InterviewLine(
            String id,
            String status,
            String source,
            String template,
            String templateVersion,
            @Nullable String interviewer,
            @Nullable LocalDate dueDate,
            Instant createdAt,
            @Nullable Instant completedAt,
            @Nullable Double score,
            @Nullable Boolean qualified) {
        static InterviewLine of(InterviewSummary s) {
            return new InterviewLine(
                    s.id().toString(),
                    s.status().json(),
                    s.source().json(),
                    s.templateName(),
                    s.templateVersion(),
                    s.interviewerEmail(),
                    s.dueDate(),
                    s.createdAt(),
                    s.completedAt(),
                    s.qualificationScore(),
                    s.qualified());
        }
    }

    record ProspectDetail(ProspectView prospect, List<InterviewLine> interviews) {}

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @PostMapping
    @Operation(operationId = "createProspect", summary = "Record a prospect: a company to assess")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<Created> create(@RequestBody ProspectBody body) {
        Prospect created = prospects.create(new ProspectDraft(
                body.name() == null ? "" : body.name(),
                body.industry(),
                body.employees(),
                body.contactName(),
                body.contactEmail(),
                body.notes()));
        return ResponseEntity.created(URI.create("/api/v1/prospects/" + created.id()))
                .body(new Created(created.id().toString()));
    }

    @GetMapping
    @Operation(operationId = "listProspects", summary = "The tenant's prospects, a page at a time, by search text")
    Paging.Page<ProspectView> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "") String search) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                prospects.find(search, paging.offset(), paging.size()).stream()
                        .map(ProspectView::of)
                        .toList(),
                prospects.count(search));
    }

    /** The prospect and the interviews the caller may see of it, newest first. */
    @GetMapping("/{id}")
    @Operation(operationId = "getProspect", summary = "A prospect and the interviews the caller may see of it")
    ProspectDetail get(@PathVariable ProspectId id) {
        Prospect prospect = prospects.get(id);
        return new ProspectDetail(
                ProspectView.of(prospect),
                interviews.find(InterviewFilter.ofProspect(id), 0, Paging.MAX_SIZE).stream()
                        .map(InterviewLine::of)
                        .toList());
    }
}
