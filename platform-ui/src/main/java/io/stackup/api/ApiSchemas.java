package io.stackup.api;

/**
 * References to the schemas of the OpenAPI document's components ({@code openapi-components.json} beside
 * {@link ApiDocumentation}) that describe what the controllers read or write as JSON trees, which springdoc cannot see
 * into: {@code @Schema(ref = ApiSchemas.RESULT)}.
 */
public final class ApiSchemas {

    private static final String SCHEMAS = "#/components/schemas/";

    public static final String TEMPLATE_DOCUMENT = SCHEMAS + "TemplateDocument";
    public static final String ANSWER = SCHEMAS + "Answer";
    public static final String STORED_ANSWER = SCHEMAS + "StoredAnswer";
    public static final String PREVIEW_REQUEST = SCHEMAS + "PreviewRequest";
    public static final String TARGET_CHANGES = SCHEMAS + "TargetChanges";
    public static final String INTERVIEW = SCHEMAS + "Interview";
    public static final String RESULT = SCHEMAS + "Result";
    public static final String PUBLIC_LINK_CHANGE = SCHEMAS + "PublicLinkChange";
    public static final String QUESTIONNAIRE = SCHEMAS + "Questionnaire";
    public static final String SELF_ASSESSMENT_SUBMISSION = SCHEMAS + "SelfAssessmentSubmission";
    public static final String SELF_ASSESSMENT_RECEIPT = SCHEMAS + "SelfAssessmentReceipt";
    public static final String SELF_ASSESSMENT_RESULT = SCHEMAS + "SelfAssessmentResult";

    private ApiSchemas() {}
}
