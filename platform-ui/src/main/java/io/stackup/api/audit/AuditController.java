package io.stackup.api.audit;

import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.core.audit.AuditCsv;
import io.stackup.core.audit.AuditFilter;
import io.stackup.core.audit.AuditRecord;
import io.stackup.core.audit.AuditService;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log endpoints of docs/spec/api.md ("Audit log"): the tenant's records, newest first, paged, and their CSV
 * export. Every call goes through {@link AuditService}, whose role check (tenant-admin) answers 403 to anyone else; the
 * tenant is the token's, so another tenant's records never match.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit log")
class AuditController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /**
     * The filters of the list and its export, as query parameters; every one optional.
     *
     * @param from records at or after this: an instant ({@code 2026-11-30T08:00:00Z}) or a date (its start, UTC)
     * @param to records before this: an instant, or a date (through its end, UTC)
     * @param action one action ({@code lead.claimed}) or a feature's every action ({@code lead} or {@code lead.})
     * @param actor the actor's id, or a part of their name or e-mail
     * @param subjectType with {@code subjectId}, the records of one thing ({@code lead}, {@code interview}, …)
     * @param subjectId the thing's id; only with {@code subjectType}
     * @param search a part of the summary
     */
    record AuditQuery(
            @Nullable String from,
            @Nullable String to,
            @Nullable String action,
            @Nullable String actor,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String search) {

        /** @throws BadRequestException naming each parameter that does not fit */
        AuditFilter filter() {
            List<Problem> problems = new ArrayList<>();
            Instant start = instant(from, "from", false, problems);
            Instant end = instant(to, "to", true, problems);
            if (start != null && end != null && !start.isBefore(end)) {
                problems.add(new Problem("to", "must be after from"));
            }
            if (action != null
                    && !action.isBlank()
                    && !AuditFilter.ACTION.matcher(action.strip()).matches()) {
                problems.add(new Problem(
                        "action", "not an action (lead.claimed) or a feature (lead, lead.): '" + action + "'"));
            }
            text(actor, "actor", problems);
            text(search, "search", problems);
            text(subjectType, "subjectType", problems);
            text(subjectId, "subjectId", problems);
            if ((subjectId != null && !subjectId.isBlank()) && (subjectType == null || subjectType.isBlank())) {
                problems.add(new Problem("subjectType", "name the subject's type with its id (lead, interview, …)"));
            }
            if (!problems.isEmpty()) {
                throw new BadRequestException(problems);
            }
            return new AuditFilter(start, end, action, actor, subjectType, subjectId, search == null ? "" : search);
        }

        private static @Nullable Instant instant(
                @Nullable String value, String parameter, boolean endOfDay, List<Problem> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String text = value.strip();
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    return (endOfDay ? day.plusDays(1) : day)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
                }
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new Problem(
                        parameter,
                        "not a date (2026-11-30) or an instant with its offset (2026-11-30T08:00:00Z): '" + value
                                + "'"));
                return null;
            }
        }

        private static void text(@Nullable String value, String parameter, List<Problem> problems) {
            if (value != null && value.strip().length() > AuditFilter.MAX_TEXT) {
                problems.add(new Problem(parameter, "at most " + AuditFilter.MAX_TEXT + " characters"));
            }
        }
    }

    /**
     * One record as the API writes it.
     *
     * @param actor how the actor was named when the change was made ("Name (email)")
     * @param details values before and after, reasons: strings by name
     */
    record AuditJson(
            String id,
            Instant at,
            String actorId,
            String actor,
            String action,
            @Nullable String subjectType,
            @Nullable String subjectId,
            String summary,
            Map<String, String> details) {

        static AuditJson of(AuditRecord r) {
            return new AuditJson(
                    r.id().toString(),
                    r.at(),
                    r.actorId(),
                    r.actorLabel(),
                    r.action(),
                    r.subjectType(),
                    r.subjectId(),
                    r.summary(),
                    new TreeMap<>(r.details()));
        }
    }

    @GetMapping("/audit")
    Paging.Page<AuditJson> list(
            AuditQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        AuditFilter filter = query.filter();
        return paging.page(
                audit.find(filter, paging.offset(), paging.size()).stream()
                        .map(AuditJson::of)
                        .toList(),
                audit.count(filter));
    }

    /**
     * The records that match as CSV ({@link AuditCsv}), every one, newest first: streamed from a database cursor to the
     * client, so no export is ever held whole. The caller's role is checked before the download starts (a first record
     * is read), so a refusal is still a problem document.
     */
    @GetMapping("/audit.csv")
    ResponseEntity<StreamingResponseBody> csv(AuditQuery query) {
        AuditFilter filter = query.filter();
        audit.find(filter, 0, 1);
        TenantId tenant = TenantContext.requireTenant();
        String user = TenantContext.currentUser().orElseThrow();
        SecurityContext security = SecurityContextHolder.getContext();
        StreamingResponseBody body = out -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try (TenantContext.Scope ignored = TenantContext.bind(tenant, user)) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                AuditCsv csv = new AuditCsv(writer);
                csv.header();
                audit.export(filter, csv::row);
                writer.flush();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
        String name = "audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
