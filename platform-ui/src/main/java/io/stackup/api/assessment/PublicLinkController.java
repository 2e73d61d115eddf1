package io.stackup.api.assessment;

import static org.springframework.http.HttpStatus.CONFLICT;

import io.stackup.api.ApiSchemas;
import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.api.ProblemResponses;
import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.assessment.PublicLinkService;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateId;
import io.stackup.core.tenancy.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A tenant admin's public links (docs/spec/api.md): create one for a published template, list them,
 * change one. The questionnaire is then at {@code /s/<token>} and {@code /public/v1/assessments/<token>}.
 */
@RestController
@RequestMapping("/api/v1/public-links")
@Tag(name = "Public links")
class PublicLinkController {

    private final PublicLinkService links;

    PublicLinkController(PublicLinkService links) {
        this.links = links;
    }

    record NewLink(
            @Nullable String templateId,
            @Nullable Instant expiresAt,
            @Nullable String welcome) {}

    record LinkChange(
            @Nullable Boolean enabled,
            @Nullable Instant expiresAt,
            @Nullable String welcome,
            @Nullable Integer lockVersion) {}

    record LinkView(
            String id,
            String templateId,
            String templateKey,
            String templateVersion,
            String token,
            String path,
            boolean enabled,
            boolean active,
            @Nullable Instant expiresAt,
            @Nullable String welcome,
            int submissions,
            int lockVersion,
            Instant createdAt) {
        static LinkView of(PublicLink l) {
            return new LinkView(
                    l.id().toString(),
                    l.template().toString(),
                    l.templateKey(),
                    l.templateVersion(),
                    l.token(),
                    "/s/" + l.token(),
                    l.enabled(),
                    l.active(Instant.now()),
                    l.expiresAt(),
                    l.welcome(),
                    l.submissions(),
                    l.lockVersion(),
                    l.createdAt());
        }
    }

    /** 201 with the link; the template must be published (409 for a draft). */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping
    @Operation(
            operationId = "createPublicLink",
            summary = "Offer a published template as a public self-assessment; 409 for a draft")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ProblemResponses(CONFLICT)
    ResponseEntity<LinkView> create(@RequestBody NewLink body) {
        TemplateId template = body.templateId() == null ? null : TemplateId.parse(body.templateId());
        if (template == null) {
            throw new BadRequestException(List.of(new Problem("$.templateId", "give the id of a published template")));
        }
        PublicLink link = links.create(template, new PublicLinkSettings(true, body.expiresAt(), body.welcome()));
        return ResponseEntity.created(URI.create("/api/v1/public-links/" + link.id()))
                .body(LinkView.of(link));
    }

    @GetMapping
    @Operation(operationId = "listPublicLinks", summary = "The tenant's public links, a page at a time")
    Paging.Page<LinkView> list(
            @RequestParam(required = false) @Nullable String templateId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        TemplateId template = null;
        if (templateId != null && !templateId.isBlank()) {
            template = TemplateId.parse(templateId);
            if (template == null) {
                throw new BadRequestException(List.of(new Problem("templateId", "not a template id")));
            }
        }
        List<LinkView> items = links.find(template, paging.offset(), paging.size()).stream()
                .map(LinkView::of)
                .toList();
        return paging.page(items, links.count(template));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPublicLink", summary = "A public link")
    LinkView get(@PathVariable PublicLinkId id) {
        return LinkView.of(links.get(id));
    }

    /**
     * Changes what is given ({@code enabled}, {@code expiresAt}, {@code welcome}; an absent field keeps its value, a
     * {@code null} expiry or welcome removes it only when given); with {@code lockVersion}, 409 when someone changed the
     * link since. The body is read as a tree, not bound to a record, because "absent" and "null" mean different things
     * here and a record cannot tell them apart; every field's type is still checked, and a wrong one is a 400 naming it.
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping("/{id}")
    @Operation(
            operationId = "changePublicLink",
            summary = "Change what is given of a link; with lockVersion, 409 when someone changed it since")
    @ProblemResponses(CONFLICT)
    LinkView change(
            @PathVariable PublicLinkId id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(ref = ApiSchemas.PUBLIC_LINK_CHANGE)))
                    @RequestBody
                    JsonNode body) {
        if (!body.isObject()) {
            throw new BadRequestException(List.of(new Problem("$", "must be an object")));
        }
        PublicLink now = links.get(id);
        List<Problem> problems = new ArrayList<>();
        boolean enabled = field(body, "enabled", JsonNode::isBoolean, JsonNode::asBoolean, "true or false", problems)
                .orElse(now.enabled());
        Instant expires =
                body.has("expiresAt") ? nullable(body, "expiresAt", PublicLinkController::instant) : now.expiresAt();
        String welcome = body.has("welcome")
                ? nullable(body, "welcome", v -> v.isString() ? v.asString() : null)
                : now.welcome();
        int lockVersion = field(
                        body, "lockVersion", JsonNode::canConvertToInt, JsonNode::asInt, "a whole number", problems)
                .orElse(now.lockVersion());
        if (body.has("expiresAt") && !body.get("expiresAt").isNull() && expires == null) {
            problems.add(new Problem("$.expiresAt", "an instant like 2030-01-31T23:59:59Z, or null"));
        }
        if (body.has("welcome") && !body.get("welcome").isNull() && welcome == null) {
            problems.add(new Problem("$.welcome", "a text, or null"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return LinkView.of(links.update(id, lockVersion, new PublicLinkSettings(enabled, expires, welcome)));
    }

    private static <T> Optional<T> field(
            JsonNode body,
            String name,
            Predicate<JsonNode> fits,
            Function<JsonNode, T> read,
            String expected,
            List<Problem> problems) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!fits.test(value)) {
            problems.add(new Problem("$." + name, "must be " + expected));
            return Optional.empty();
        }
        return Optional.of(read.apply(value));
    }

    /** The field's value read, or {@code null} when it is absent, null, or does not read. */
    private static <T> @Nullable T nullable(JsonNode body, String name, Function<JsonNode, @Nullable T> read) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : read.apply(value);
    }

    private static @Nullable Instant instant(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return Instant.parse(value.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
