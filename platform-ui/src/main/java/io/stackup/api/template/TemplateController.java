package io.stackup.api.template;

import io.stackup.core.template.ExportedDocument;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The template endpoints of docs/spec/api.md. Every call goes through {@link TemplateService}, as the editor's do. */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

    static final String TEMPLATE_JSON = "application/vnd.stackup.template+json";
    static final List<String> YAML_TYPES =
            List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    record VersionView(String id, String key, String version, String status) {
        static VersionView of(TemplateVersion v) {
            return new VersionView(
                    v.id().toString(), v.key(), v.version(), v.status().json());
        }
    }

    record SummaryView(String id, String key, String version, String name, String status) {
        static SummaryView of(TemplateSummary s) {
            return new SummaryView(
                    s.id().toString(),
                    s.key(),
                    s.version(),
                    s.name(),
                    s.status().json());
        }
    }

    @PostMapping(
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                TEMPLATE_JSON,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml"
            })
    ResponseEntity<VersionView> create(
            @RequestBody byte[] document,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean publish,
            @RequestParam(defaultValue = "false") boolean replaceDraft) {
        MediaType type = MediaType.parseMediaType(contentType);
        TemplateReader.Syntax syntax = YAML_TYPES.contains(type.getType() + "/" + type.getSubtype())
                ? TemplateReader.Syntax.YAML
                : TemplateReader.Syntax.JSON;
        TemplateVersion created = templates.importDocument(document, syntax, publish, replaceDraft);
        return ResponseEntity.created(URI.create("/api/v1/templates/" + created.id()))
                .body(VersionView.of(created));
    }

    @GetMapping
    List<SummaryView> list() {
        return templates.list("", null, 0, Integer.MAX_VALUE).stream()
                .map(SummaryView::of)
                .toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable TemplateId id) {
        ExportedDocument document = templates.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        document.mediaType().equals("application/yaml") ? "application/yaml" : TEMPLATE_JSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
                .body(document.content());
    }

    @PostMapping("/{id}/publish")
    VersionView publish(@PathVariable TemplateId id) {
        return VersionView.of(templates.publish(id));
    }

    @PostMapping(value = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode preview(@PathVariable TemplateId id, @RequestBody JsonNode body) {
        JsonNode answers = body.path("answers");
        return ResultJson.of(templates.preview(
                id, answers.isMissingNode() ? JsonNodeFactory.instance.objectNode() : answers, body.get("targets")));
    }
}
