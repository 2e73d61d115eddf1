package io.stackup.api.interview;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import io.stackup.api.ApiSchemas;
import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.api.ProblemResponses;
import io.stackup.api.template.ResultJson;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewEvent;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewRef;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.InterviewTargetService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.tenancy.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interview endpoints of docs/spec/api.md, and two it leaves out: {@code POST /api/v1/interviews/{id}/reassign}
 * ({@code { "interviewer", "reason" }}) and {@code POST /api/v1/interviews/{id}/cancel} ({@code { "reason" }}), for
 * tenant admins. Every call goes through {@link InterviewAssignmentService} or {@link InterviewService}, as the
 * UI's do.
 */
@RestController
@RequestMapping("/api/v1/interviews")
@Tag(name = "Interviews")
class InterviewController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The most bytes a body of {@code PUT …/targets} may have, read no further: every capability of the largest
     * template (500, keys and level keys of at most 63 characters) fits in about half of it.
     */
    static final int MAX_TARGETS_BYTES = 128 * 1024;

    private final InterviewAssignmentService assignments;
    private final InterviewService interviews;
    private final InterviewTargetService targets;

    InterviewController(
            InterviewAssignmentService assignments, InterviewService interviews, InterviewTargetService targets) {
        this.assignments = assignments;
        this.interviews = interviews;
        this.targets = targets;
    }

    record Assigned(String id, String status) {
        static Assigned of(InterviewRef ref) {
            return new Assigned(ref.id().toString(), ref.status().json());
        }
    }

    /**
     * The body of a reassignment. Only presence is checked here; who may take the interview and what a reason must be
     * are {@link InterviewService}'s rules.
     */
    record Reassignment(
            @NotNull(message = "missing") String interviewer,
            @NotNull(message = "missing") String reason) {}

    /**
     * The body of an assignment. Presence and form are checked here (a wrong JSON type is a 400 naming the field, as
     * {@code ApiProblems} answers unreadable bodies); whether the template is published, the prospect exists, the
     * interviewer may take it and the targets name real capabilities and levels are
     * {@link InterviewAssignmentService}'s rules.
     */
    record Assignment(
            @NotNull(message = "missing") @Pattern(regexp = UUID, message = "must be an id")
            String templateId,

            @NotNull(message = "missing") @Pattern(regexp = UUID, message = "must be an id")
            String prospectId,

            @NotNull(message = "missing") String interviewer,
            @Nullable Map<String, String> targets,
            @Nullable LocalDate dueDate) {

        NewInterview toNewInterview() {
            // @Pattern has let only ids through
            return new NewInterview(
                    Objects.requireNonNull(TemplateId.parse(templateId)),
                    Objects.requireNonNull(ProspectId.parse(prospectId)),
                    interviewer,
                    targets == null ? Map.of() : targets,
                    dueDate);
        }
    }

    private static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /** The body of a cancellation; what a reason must be is {@link InterviewService}'s rule. */
    record Cancellation(@NotNull(message = "missing") String reason) {}

    /** The prospect of an interview as its list names it. */
    record ListedProspect(String id, String name) {}

    /** The template of an interview as its list names it. */
    record ListedTemplate(String id, String name, String version) {}

    record InterviewLine(
            String id,
            ListedProspect prospect,
            ListedTemplate template,
            @Nullable String interviewer,
            String status,
            String source,
            @Nullable LocalDate dueDate,
            Instant createdAt,
            @Nullable Instant completedAt,
            @Nullable Double score,
            @Nullable Boolean qualified) {
        static InterviewLine of(InterviewSummary s) {
            return new InterviewLine(
                    s.id().toString(),
                    new ListedProspect(s.prospectId().toString(), s.prospectName()),
                    new ListedTemplate(s.templateId().toString(), s.templateName(), s.templateVersion()),
                    s.interviewerEmail(),
                    s.status().json(),
                    s.source().json(),
                    s.dueDate(),
                    s.createdAt(),
                    s.completedAt(),
                    s.qualificationScore(),
                    s.qualified());
        }
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "assignInterview",
            summary = "Assign an interview of a published template with a prospect to an interviewer")
    @ApiResponse(responseCode = "201", description = "Assigned", useReturnTypeSchema = true)
    @ProblemResponses(UNPROCESSABLE_CONTENT)
    ResponseEntity<Assigned> assign(@Valid @RequestBody Assignment body) {
        InterviewRef ref = assignments.assign(body.toNewInterview());
        return ResponseEntity.created(URI.create("/api/v1/interviews/" + ref.id()))
                .body(Assigned.of(ref));
    }

    @GetMapping
    @Operation(operationId = "listInterviews", summary = "The interviews the caller may see, a page at a time")
    Paging.Page<InterviewLine> list(
            @Parameter(description = "assigned, in_progress, completed or cancelled")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @Parameter(description = "the interviewer's email") @RequestParam(required = false) @Nullable
                    String interviewer,
            @Parameter(description = "a prospect's id") @RequestParam(required = false) @Nullable String prospect,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        InterviewStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = InterviewStatus.fromJson(status);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(List.of(new Problem(
                        "status", "unknown status '" + status + "': assigned, in_progress, completed or cancelled")));
            }
        }
        ProspectId of = null;
        if (prospect != null && !prospect.isBlank()) {
            of = ProspectId.parse(prospect);
            if (of == null) {
                throw new BadRequestException(List.of(new Problem("prospect", "not a prospect id")));
            }
        }
        InterviewFilter filter = new InterviewFilter(wanted, interviewer, of, search);
        return paging.page(
                interviews.find(filter, paging.offset(), paging.size()).stream()
                        .map(InterviewLine::of)
                        .toList(),
                interviews.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInterview", summary = "An interview: status, answers, targets, history, timestamps")
    @ApiResponse(
            responseCode = "200",
            description = "The interview",
            content = @Content(schema = @Schema(ref = ApiSchemas.INTERVIEW)))
    ObjectNode get(@PathVariable InterviewId id) {
        return detail(interviews.get(id));
    }

    @RolesAllowed(Roles.INTERVIEWER)
    @PutMapping(value = "/{id}/answers/{questionKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "answerQuestion",
            summary = "Set a question's answer and its note in one call (idempotent)")
    @ApiResponse(
            responseCode = "200",
            description = "The answer as stored",
            content = @Content(schema = @Schema(ref = ApiSchemas.STORED_ANSWER)))
    @ProblemResponses({CONFLICT, UNPROCESSABLE_CONTENT})
    ObjectNode answer(
            @PathVariable InterviewId id,
            @PathVariable String questionKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(ref = ApiSchemas.ANSWER)))
                    @RequestBody
                    JsonNode answer) {
        return answer(interviews.answer(id, questionKey, answer));
    }

    @DeleteMapping("/{id}/answers/{questionKey}")
    @Operation(operationId = "removeAnswer", summary = "Remove a question's answer and its note")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ProblemResponses(CONFLICT)
    ResponseEntity<Void> removeAnswer(@PathVariable InterviewId id, @PathVariable String questionKey) {
        interviews.removeAnswer(id, questionKey);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/complete")
    @Operation(
            operationId = "completeInterview",
            summary = "Complete the interview; 409 with missing[] while a visible required question is unanswered")
    @ApiResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(ref = ApiSchemas.RESULT)))
    @ProblemResponses(CONFLICT)
    ObjectNode complete(@PathVariable InterviewId id) {
        return ResultJson.of(interviews.complete(id));
    }

    @GetMapping("/{id}/result")
    @Operation(
            operationId = "getResult",
            summary = "The interview's result; before completion a preview with complete false")
    @ApiResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(ref = ApiSchemas.RESULT)))
    ObjectNode result(@PathVariable InterviewId id) {
        return ResultJson.of(interviews.result(id));
    }

    /**
     * Body {@code { capabilityKey: levelKey | null, … }}: sets or removes target overrides (what-if), before and after
     * completion. At most {@value #MAX_TARGETS_BYTES} bytes are read; a longer body, one that is no JSON object, or a
     * value that is neither a string nor {@code null} is 400; unknown capabilities and levels are 422 (from the service).
     */
    @RolesAllowed({Roles.INTERVIEWER, Roles.TENANT_ADMIN})
    @PutMapping(value = "/{id}/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "changeTargets",
            summary = "Set or remove target overrides (what-if); the result follows them",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(ref = ApiSchemas.TARGET_CHANGES))))
    @ApiResponse(
            responseCode = "200",
            description = "The result at the new targets",
            content = @Content(schema = @Schema(ref = ApiSchemas.RESULT)))
    @ProblemResponses({CONFLICT, UNPROCESSABLE_CONTENT})
    ObjectNode changeTargets(@PathVariable InterviewId id, @Parameter(hidden = true) InputStream body)
            throws IOException {
        byte[] bytes = body.readNBytes(MAX_TARGETS_BYTES + 1);
        if (bytes.length > MAX_TARGETS_BYTES) {
            throw new BadRequestException(List.of(
                    new Problem("$", "at most " + MAX_TARGETS_BYTES + " bytes; send only the targets that change")));
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (JacksonException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new BadRequestException(List.of(new Problem(
                    "$", "send a JSON object of capability key to level key, or to null to remove an override")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, @Nullable String> changes = new LinkedHashMap<>();
        json.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isString()) {
                changes.put(e.getKey(), value.asString());
            } else if (value.isNull()) {
                changes.put(e.getKey(), null);
            } else {
                problems.add(new Problem(member(e.getKey()), "must be a level key or null"));
            }
        });
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return ResultJson.of(targets.changeTargets(id, changes));
    }

    /** Gives an open interview to another interviewer; the reason is kept in its history. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(value = "/{id}/reassign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "reassignInterview",
            summary = "Give an open interview to another interviewer, with a reason kept in its history")
    @ApiResponse(
            responseCode = "200",
            description = "The interview",
            content = @Content(schema = @Schema(ref = ApiSchemas.INTERVIEW)))
    @ProblemResponses({CONFLICT, UNPROCESSABLE_CONTENT})
    ObjectNode reassign(@PathVariable InterviewId id, @Valid @RequestBody Reassignment body) {
        assignments.reassign(id, body.interviewer(), body.reason());
        return detail(interviews.get(id));
    }

    /** Cancels an open interview; the reason is kept in its history. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(value = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "cancelInterview", summary = "Cancel an open interview, with a reason kept in its history")
    @ApiResponse(
            responseCode = "200",
            description = "The interview",
            content = @Content(schema = @Schema(ref = ApiSchemas.INTERVIEW)))
    @ProblemResponses({CONFLICT, UNPROCESSABLE_CONTENT})
    ObjectNode cancel(@PathVariable InterviewId id, @Valid @RequestBody Cancellation body) {
        assignments.cancel(id, body.reason());
        return detail(interviews.get(id));
    }

    private static ObjectNode detail(InterviewDetail d) {
        ObjectNode json = NODES.objectNode();
        json.put("id", d.id().toString());
        json.put("status", d.status().json());
        json.put("source", d.source().json());
        ObjectNode prospect = json.putObject("prospect");
        prospect.put("id", d.prospectId().toString());
        prospect.put("name", d.prospectName());
        ObjectNode template = json.putObject("template");
        template.put("id", d.template().toString());
        template.put("key", d.templateKey());
        template.put("name", d.templateName());
        template.put("version", d.templateVersion());
        if (d.interviewerEmail() == null) {
            json.putNull("interviewer");
        } else {
            ObjectNode interviewer = json.putObject("interviewer");
            interviewer.put("email", d.interviewerEmail());
            interviewer.put("name", d.interviewerName());
        }
        ObjectNode targets = json.putObject("targets");
        d.targets().forEach(targets::put);
        json.put("dueDate", d.dueDate() == null ? null : d.dueDate().toString());
        json.put("createdAt", d.createdAt().toString());
        json.put("startedAt", d.startedAt() == null ? null : d.startedAt().toString());
        json.put("completedAt", d.completedAt() == null ? null : d.completedAt().toString());
        ArrayNode answers = json.putArray("answers");
        d.answers().forEach(a -> answers.add(answer(a)));
        ArrayNode history = json.putArray("history");
        for (InterviewEvent e : d.history()) {
            ObjectNode event = history.addObject();
            event.put("kind", e.kind().json());
            if (e.interviewerEmail() != null) {
                event.put("interviewer", e.interviewerEmail());
            }
            if (e.reason() != null) {
                event.put("reason", e.reason());
            }
            event.put("by", e.actor());
            event.put("at", e.at().toString());
        }
        return json;
    }

    private static ObjectNode answer(StoredAnswer a) {
        ObjectNode json = NODES.objectNode();
        json.put("question", a.questionKey());
        json.set("answer", AnswerReader.toJson(a.answer()));
        json.put("answeredBy", a.answeredBy());
        json.put("answeredAt", a.answeredAt().toString());
        return json;
    }

    /** The JSONPath of a member of the body: {@code $.name}, or {@code $['odd-name']}, as the core writes them. */
    private static String member(String name) {
        return IDENTIFIER.matcher(name).matches()
                ? "$." + name
                : "$['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
