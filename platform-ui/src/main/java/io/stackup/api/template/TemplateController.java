package io.stackup.api.template;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_ACCEPTABLE;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import io.stackup.api.ApiSchemas;
import io.stackup.api.ProblemResponses;
import io.stackup.core.template.ExportedDocument;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
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
@Tag(name = "Templates")
class TemplateController {

    static final String TEMPLATE_JSON = "application/vnd.stackup.template+json";
    static final List<String> YAML_TYPES =
            List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    /** The JSON types a template is given in, the first the default: they name the same document. */
    private static final List<MediaType> JSON_MEDIA =
            List.of(MediaType.parseMediaType(TEMPLATE_JSON), MediaType.APPLICATION_JSON);

    private static final List<MediaType> YAML_MEDIA =
            YAML_TYPES.stream().map(MediaType::parseMediaType).toList();

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

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                TEMPLATE_JSON,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml"
            })
    @Operation(
            operationId = "importTemplate",
            summary = "Import a template document, JSON or YAML by Content-Type, as a draft or published at once")
    @ApiResponse(responseCode = "201", description = "Stored", useReturnTypeSchema = true)
    @ProblemResponses(CONFLICT)
    ResponseEntity<VersionView> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT)),
                                @Content(
                                        mediaType = TEMPLATE_JSON,
                                        schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT)),
                                @Content(
                                        mediaType = "application/yaml",
                                        schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT))
                            })
                    @RequestBody
                    byte[] document,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "publish it at once as a new version; a draft of the key stays as it was")
                    @RequestParam(defaultValue = "false")
                    boolean publish,
            @Parameter(description = "replace the key's draft instead of refusing with 409")
                    @RequestParam(defaultValue = "false")
                    boolean replaceDraft) {
        MediaType type = MediaType.parseMediaType(contentType);
        TemplateReader.Syntax syntax = YAML_TYPES.contains(type.getType() + "/" + type.getSubtype())
                ? TemplateReader.Syntax.YAML
                : TemplateReader.Syntax.JSON;
        TemplateVersion created = templates.importDocument(document, syntax, publish, replaceDraft);
        return ResponseEntity.created(URI.create("/api/v1/templates/" + created.id()))
                .body(VersionView.of(created));
    }

    @GetMapping
    @Operation(operationId = "listTemplates", summary = "The tenant's template versions")
    List<SummaryView> list() {
        return templates.list("", null, 0, Integer.MAX_VALUE).stream()
                .map(SummaryView::of)
                .toList();
    }

    /**
     * The template as a document, in the syntax the {@code Accept} header asks for: JSON ({@code
     * application/vnd.stackup.template+json} or {@code application/json}) or YAML ({@code application/yaml}, or an
     * older YAML type); without a preference ({@code *}{@code /*}, or no header) in the syntax it was imported in.
     * Negotiated here rather than by {@code produces}, which would choose a syntax even for {@code *}{@code /*}.
     *
     * @throws HttpMediaTypeNotAcceptableException (406) when {@code Accept} takes neither syntax, or does not parse
     */
    @GetMapping("/{id}")
    @Operation(
            operationId = "getTemplate",
            summary = "A template document: JSON or YAML as Accept asks, else in the syntax it was imported in")
    @ApiResponse(
            responseCode = "200",
            description = "The document (docs/spec/template-format.md); Content-Disposition names a file for it",
            content = {
                @Content(mediaType = TEMPLATE_JSON, schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT)),
                @Content(mediaType = "application/yaml", schema = @Schema(ref = ApiSchemas.TEMPLATE_DOCUMENT))
            })
    @ProblemResponses(NOT_ACCEPTABLE)
    ResponseEntity<String> get(
            @PathVariable TemplateId id,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept)
            throws HttpMediaTypeNotAcceptableException {
        Optional<MediaType> asked = requested(accept);
        ExportedDocument document =
                asked.map(type -> templates.export(id, syntaxOf(type))).orElseGet(() -> templates.export(id));
        MediaType type = asked.orElseGet(
                () -> document.mediaType().equals("application/yaml") ? YAML_MEDIA.getFirst() : JSON_MEDIA.getFirst());
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .body(document.content());
    }

    /**
     * The type to answer with: the first accepted range (by quality, then specificity) that takes JSON's types or
     * YAML's but not both decides, as the first of its syntax's types that it takes; one that takes both ({@code
     * *}{@code /*}, {@code application/*}) or no {@code Accept} at all leaves the imported syntax (empty).
     *
     * @throws HttpMediaTypeNotAcceptableException when no range takes either syntax, or the header does not parse
     */
    static Optional<MediaType> requested(@Nullable String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> ranges;
        try {
            ranges = new ArrayList<>(MediaType.parseMediaTypes(accept));
            MimeTypeUtils.sortBySpecificity(ranges);
        } catch (InvalidMediaTypeException | InvalidMimeTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Accept does not parse: " + e.getMessage());
        }
        for (MediaType range : ranges) {
            if (range.getQualityValue() == 0) {
                continue;
            }
            Optional<MediaType> json =
                    JSON_MEDIA.stream().filter(range::includes).findFirst();
            Optional<MediaType> yaml =
                    YAML_MEDIA.stream().filter(range::includes).findFirst();
            if (json.isPresent() && yaml.isPresent()) {
                return Optional.empty();
            }
            if (json.isPresent()) {
                return json;
            }
            if (yaml.isPresent()) {
                return yaml;
            }
        }
        List<MediaType> supported = new ArrayList<>(JSON_MEDIA);
        supported.addAll(YAML_MEDIA);
        throw new HttpMediaTypeNotAcceptableException(supported);
    }

    private static TemplateReader.Syntax syntaxOf(MediaType type) {
        return YAML_MEDIA.contains(type) ? TemplateReader.Syntax.YAML : TemplateReader.Syntax.JSON;
    }

    @PostMapping("/{id}/publish")
    @Operation(
            operationId = "publishTemplate",
            summary = "Publish a draft: from then on it never changes; 409 when that key and version is published")
    @ProblemResponses(CONFLICT)
    VersionView publish(@PathVariable TemplateId id) {
        return VersionView.of(templates.publish(id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @PostMapping(value = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "previewTemplate",
            summary = "The result these answers would give, stored nowhere; 422 naming each answer that does not fit")
    @ApiResponse(
            responseCode = "200",
            description = "The result, with complete false and no interview",
            content = @Content(schema = @Schema(ref = ApiSchemas.RESULT)))
    @ProblemResponses(UNPROCESSABLE_CONTENT)
    ObjectNode preview(
            @PathVariable TemplateId id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(ref = ApiSchemas.PREVIEW_REQUEST)))
                    @RequestBody
                    JsonNode body) {
        JsonNode answers = body.path("answers");
        return ResultJson.of(templates.preview(
                id, answers.isMissingNode() ? JsonNodeFactory.instance.objectNode() : answers, body.get("targets")));
    }
}
