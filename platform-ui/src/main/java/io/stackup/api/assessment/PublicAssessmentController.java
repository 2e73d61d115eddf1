package io.stackup.api.assessment;

import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import io.stackup.api.ApiSchemas;
import io.stackup.api.BadRequestException;
import io.stackup.api.ProblemResponses;
import io.stackup.core.assessment.OwnResult;
import io.stackup.core.assessment.Respondent;
import io.stackup.core.assessment.SelfAssessmentPage;
import io.stackup.core.assessment.SelfAssessmentReceipt;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ResultDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A public link's questionnaire and submission, without a token: the link's secret in the path is the only key. A link
 * that is not active is 404 whatever the reason; too many requests is 429 with {@code Retry-After}. What a respondent
 * gets back is their own result without the partner's lead qualification.
 */
@RestController
@RequestMapping("/public/v1/assessments")
@Tag(name = "Self-assessment")
class PublicAssessmentController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TEMPLATE_FIELDS =
            List.of("key", "name", "version", "language", "scale", "questionnaire");

    private static final List<String> RESPONDENT_QUESTION_FIELDS =
            List.of("key", "text", "type", "required", "options", "minValue", "maxValue", "unit", "showIf");

    private final SelfAssessmentService assessments;

    PublicAssessmentController(SelfAssessmentService assessments) {
        this.assessments = assessments;
    }

    /** {@code { "organization", "welcome"?, "template": { key, name, version, language, scale, questionnaire } }}. */
    @GetMapping("/{token}")
    @Operation(
            operationId = "openSelfAssessment",
            summary = "A public link's questionnaire, without a token: the link's secret is the key")
    @ApiResponse(
            responseCode = "200",
            description = "The questionnaire",
            content = @Content(schema = @Schema(ref = ApiSchemas.QUESTIONNAIRE)))
    ObjectNode questionnaire(@PathVariable String token, HttpServletRequest request) {
        SelfAssessmentPage page = assessments.open(token, request.getRemoteAddr());
        ObjectNode json = JSON.createObjectNode();
        json.put("organization", page.tenantName());
        if (page.welcome() != null) {
            json.put("welcome", page.welcome());
        }
        json.set("template", questionnaireOf(page.template().template()));
        return json;
    }

    /**
     * Body {@code { "respondent": { "name", "company", "email", "consent": true }, "answers": { questionKey: answer } }}
     * → 201 {@code { "receipt", "result" }}; 422 naming every problem.
     */
    @PostMapping("/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "submitSelfAssessment",
            summary = "Send the respondent and the answers; 422 naming every problem")
    @ApiResponse(
            responseCode = "201",
            description = "Recorded: the receipt and the respondent's own result",
            content = @Content(schema = @Schema(ref = ApiSchemas.SELF_ASSESSMENT_RECEIPT)))
    @ProblemResponses(UNPROCESSABLE_CONTENT)
    ObjectNode submit(
            @PathVariable String token,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(ref = ApiSchemas.SELF_ASSESSMENT_SUBMISSION)))
                    @RequestBody
                    JsonNode body,
            HttpServletRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw new BadRequestException(List.of(new Problem("$", "send a JSON object")));
        }
        JsonNode respondent = body.path("respondent");
        if (!respondent.isObject()) {
            problems.add(new Problem("$.respondent", "give the respondent: name, company, email, consent"));
        }
        JsonNode answers = body.path("answers");
        if (!answers.isObject()) {
            problems.add(new Problem("$.answers", "give the answers as an object, question key to answer"));
        }
        JsonNode consent = respondent.path("consent");
        if (respondent.isObject() && !consent.isMissingNode() && !consent.isBoolean()) {
            problems.add(new Problem("$.respondent.consent", "true or false"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        SelfAssessmentReceipt receipt = assessments.submit(
                token,
                new Respondent(
                        text(respondent, "name"),
                        text(respondent, "company"),
                        text(respondent, "email"),
                        consent.asBoolean(false)),
                answers,
                request.getRemoteAddr());
        ObjectNode json = JSON.createObjectNode();
        json.put("receipt", receipt.receipt());
        json.set("result", ownResult(receipt.result()));
        return json;
    }

    /** The respondent's own result again, by their receipt. */
    @GetMapping("/{token}/results/{receipt}")
    @Operation(operationId = "getSelfAssessmentResult", summary = "The respondent's own result again, by the receipt")
    @ApiResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(ref = ApiSchemas.SELF_ASSESSMENT_RESULT)))
    ObjectNode result(@PathVariable String token, @PathVariable String receipt, HttpServletRequest request) {
        OwnResult own = assessments.result(token, receipt, request.getRemoteAddr());
        ObjectNode json = JSON.createObjectNode();
        json.put("organization", own.tenantName());
        json.set("result", ownResult(own.result()));
        return json;
    }

    private static @Nullable String text(JsonNode respondent, String field) {
        JsonNode value = respondent.path(field);
        return value.isString() ? value.asString() : null;
    }

    /** The result of docs/spec/api.md without the interview's id and the partner's lead qualification. */
    static ObjectNode ownResult(Result result) {
        ObjectNode json = ResultDocument.toJson(result);
        json.remove("interview");
        json.remove("qualification");
        return json;
    }

    /**
     * The template as a respondent may see it: what to ask and how to answer, nothing of how answers are scored. Each
     * question keeps only {@link #RESPONDENT_QUESTION_FIELDS}, each option its key and label: no talking points
     * ({@code help}), no capability, weight, levels, points, {@code requires} or bands.
     */
    private static ObjectNode questionnaireOf(Template template) {
        JsonNode document = JSON.readTree(TemplateWriter.write(template));
        ObjectNode json = JSON.createObjectNode();
        for (String field : TEMPLATE_FIELDS) {
            if (document.has(field)) {
                json.set(field, document.get(field));
            }
        }
        for (JsonNode section : json.path("questionnaire").path("sections")) {
            for (JsonNode question : section.path("questions")) {
                ObjectNode q = (ObjectNode) question;
                q.retain(RESPONDENT_QUESTION_FIELDS);
                for (JsonNode option : q.path("options")) {
                    ((ObjectNode) option).retain("key", "label");
                }
            }
        }
        return json;
    }
}
