package io.stackup.api.lead;

import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.core.lead.LeadCsv;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadId;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadSort;
import io.stackup.core.lead.LeadSource;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lead endpoints of docs/spec/api.md ("Leads"): the list (the queue with {@code ?status=qualified}) and its CSV
 * export, one lead with its history, claim, status, notes and reassignment. Every call goes through
 * {@link LeadService}, as the UI's will; who may do what is its rule (403 for a role without the call).
 */
@RestController
@RequestMapping("/api/v1")
class LeadController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final LeadService leads;

    LeadController(LeadService leads) {
        this.leads = leads;
    }

    /**
     * The filters of the list and its export, as query parameters; every one optional.
     *
     * @param status one or more statuses (repeated, or comma-separated); all when absent
     * @param area only leads with a gap in this area
     * @param offering only leads whose roadmap implies this offering
     * @param interviewer only leads of this interviewer's interviews (e-mail)
     * @param holder only leads this expert holds (e-mail)
     * @param source {@code interview} or {@code self}
     * @param minAgeDays only leads at least this many days old
     * @param maxAgeDays only leads at most this many days old
     * @param search matches the prospect's name
     * @param sort {@code score} (the default: highest first), {@code oldest} or {@code newest}
     */
    record LeadQuery(
            @Nullable List<String> status,
            @Nullable String area,
            @Nullable String offering,
            @Nullable String interviewer,
            @Nullable String holder,
            @Nullable String source,
            @Nullable Integer minAgeDays,
            @Nullable Integer maxAgeDays,
            @Nullable String search,
            @Nullable String sort) {

        /** @throws BadRequestException naming each parameter that does not fit */
        LeadFilter filter(Instant now) {
            List<Problem> problems = new ArrayList<>();
            Set<LeadStatus> statuses = EnumSet.noneOf(LeadStatus.class);
            for (String s : status == null ? List.<String>of() : status) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(LeadStatus.fromJson(s.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(
                            "status",
                            "unknown status '" + s + "': qualified, disqualified, claimed, contacted, proposal, won"
                                    + " or lost"));
                }
            }
            LeadSource from = null;
            if (source != null && !source.isBlank()) {
                try {
                    from = LeadSource.fromJson(source.strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("source", "unknown source '" + source + "': interview or self"));
                }
            }
            Instant after = age(maxAgeDays, "maxAgeDays", now, problems);
            Instant before = age(minAgeDays, "minAgeDays", now, problems);
            if (!problems.isEmpty()) {
                throw new BadRequestException(problems);
            }
            return new LeadFilter(
                    statuses, area, offering, interviewer, holder, from, after, before, search == null ? "" : search);
        }

        /** @throws BadRequestException for an unknown sort */
        LeadSort order() {
            if (sort == null || sort.isBlank()) {
                return LeadSort.SCORE;
            }
            try {
                return LeadSort.fromJson(sort.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                        List.of(new Problem("sort", "unknown sort '" + sort + "': score, oldest or newest")));
            }
        }

        private static @Nullable Instant age(
                @Nullable Integer days, String parameter, Instant now, List<Problem> problems) {
            if (days == null) {
                return null;
            }
            if (days < 0 || days > 36_500) {
                problems.add(new Problem(parameter, "must be between 0 and 36500"));
                return null;
            }
            return now.minus(Duration.ofDays(days));
        }
    }

    /**
     * The body of a change of status.
     *
     * @param note kept in the history; the reason, required for {@code lost} and for overriding a disqualification
     * @param version the lead's {@code version} as the caller saw it: refused with 409 if it changed since; optional
     */
    record StatusChange(
            @NotNull(message = "missing") String status,
            @Nullable String note,
            @Nullable Integer version) {}

    record NewNote(@NotNull(message = "missing") String text) {}

    record Reassignment(
            @NotNull(message = "missing") String expert,
            @NotNull(message = "missing") String reason) {}

    @GetMapping("/leads")
    Paging.Page<ObjectNode> list(
            LeadQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        LeadFilter filter = query.filter(Instant.now());
        return paging.page(
                leads.find(filter, query.order(), paging.offset(), paging.size()).stream()
                        .map(LeadJson::of)
                        .toList(),
                leads.count(filter));
    }

    /**
     * The list's leads as CSV ({@link LeadCsv}), every one that matches, in the list's order: streamed from a database
     * cursor to the client, so no export is ever held whole. The caller's role is checked before the download starts,
     * so a refusal is still a problem document.
     */
    @GetMapping("/leads.csv")
    ResponseEntity<StreamingResponseBody> csv(LeadQuery query) {
        LeadFilter filter = query.filter(Instant.now());
        LeadSort sort = query.order();
        leads.count(filter);
        TenantId tenant = TenantContext.requireTenant();
        String user = TenantContext.currentUser().orElseThrow();
        SecurityContext security = SecurityContextHolder.getContext();
        StreamingResponseBody body = out -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try (TenantContext.Scope ignored = TenantContext.bind(tenant, user)) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                LeadCsv csv = new LeadCsv(writer);
                csv.header();
                leads.export(filter, sort, csv::row);
                writer.flush();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
        String name = "leads-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @GetMapping("/leads/{id}")
    ObjectNode get(@PathVariable LeadId id) {
        return LeadJson.of(leads.get(id));
    }

    @PostMapping("/leads/{id}/claim")
    ObjectNode claim(@PathVariable LeadId id) {
        return LeadJson.of(leads.claim(id));
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN})
    @PostMapping(value = "/leads/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode changeStatus(@PathVariable LeadId id, @Valid @RequestBody StatusChange body) {
        LeadStatus to;
        try {
            to = LeadStatus.fromJson(body.status());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(List.of(new Problem(
                    "$.status",
                    "unknown status '" + body.status() + "': qualified, claimed, contacted, proposal, won or lost")));
        }
        Integer version = body.version();
        return LeadJson.of(
                version == null
                        ? leads.changeStatus(id, to, body.note())
                        : leads.changeStatus(id, version, to, body.note()));
    }

    /** Adds a note to the lead's history; answers the lead with its history. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    @PostMapping(value = "/leads/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode addNote(@PathVariable LeadId id, @Valid @RequestBody NewNote body) {
        return LeadJson.of(leads.addNote(id, body.text()));
    }

    /** Gives an open lead to another expert; the reason is kept in its history. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(value = "/leads/{id}/reassign", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode reassign(@PathVariable LeadId id, @Valid @RequestBody Reassignment body) {
        return LeadJson.of(leads.reassign(id, body.expert(), body.reason()));
    }
}
