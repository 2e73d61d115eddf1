package io.stackup.api.assessment;

import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.assessment.PublicLinkService;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
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

/**
 * A tenant admin's public links (not in docs/spec/api.md's table yet): create one for a published template, list them,
 * change one. The questionnaire is then at {@code /s/<token>} and {@code /public/v1/assessments/<token>}.
 */
@RestController
@RequestMapping("/api/v1/public-links")
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
    @PostMapping
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
    LinkView get(@PathVariable PublicLinkId id) {
        return LinkView.of(links.get(id));
    }

    /**
     * Changes what is given ({@code enabled}, {@code expiresAt}, {@code welcome}; an absent field keeps its value, a
     * {@code null} expiry or welcome removes it only when given); with {@code lockVersion}, 409 when someone changed the
     * link since.
     */
    @PutMapping("/{id}")
    LinkView change(@PathVariable PublicLinkId id, @RequestBody tools.jackson.databind.JsonNode body) {
        PublicLink now = links.get(id);
        boolean enabled = body.has("enabled") ? body.get("enabled").asBoolean(now.enabled()) : now.enabled();
        Instant expires = now.expiresAt();
        if (body.has("expiresAt")) {
            try {
                expires = body.get("expiresAt").isNull()
                        ? null
                        : Instant.parse(body.get("expiresAt").asString());
            } catch (RuntimeException e) {
                throw new BadRequestException(
                        List.of(new Problem("$.expiresAt", "an instant like 2030-01-31T23:59:59Z, or null")));
            }
        }
        String welcome = body.has("welcome")
                ? (body.get("welcome").isNull() ? null : body.get("welcome").asString())
                : now.welcome();
        int lockVersion = body.has("lockVersion") ? body.get("lockVersion").asInt() : now.lockVersion();
        return LinkView.of(links.update(id, lockVersion, new PublicLinkSettings(enabled, expires, welcome)));
    }
}
