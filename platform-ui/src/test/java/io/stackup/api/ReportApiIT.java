package io.stackup.api;

import static io.stackup.api.InterviewApiIT.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.report.ReportNumbers;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/interviews/{id}/report.pdf} as docs/spec/api.md describes it: a PDF attachment named after the
 * prospect, whose text carries the names and numbers {@code GET …/result} gives (as the result screen writes them),
 * with or without the interviewer's notes; nothing for another tenant or another interviewer.
 */
@StackupIntegrationTest
class ReportApiIT {

    String admin;
    String interviewer;
    String unique;

    @BeforeEach
    void tokens_and_a_fresh_name() {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_report_of_a_completed_interview_is_a_pdf_attachment_with_the_results_names_and_numbers() throws Exception {
        String prospectName = "Αθήνα Москва 東京 " + unique + " <Co> & Søn";
        String note = "<b>forest</b> " + unique;
        String id = completed(prospect(prospectName), "{\"option\": \"no\", \"note\": \"" + note + "\"}");
        JsonNode result = InterviewApiIT.JSON.readTree(
                send("GET", "/api/v1/interviews/" + id + "/result", admin, null).body());
        JsonNode detail = InterviewApiIT.JSON.readTree(
                send("GET", "/api/v1/interviews/" + id, admin, null).body());
        LocalDate completed =
                LocalDate.ofInstant(Instant.parse(detail.get("completedAt").asString()), ZoneOffset.UTC);

        HttpResponse<byte[]> pdf = download(id, "", admin);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(ContentDisposition.parse(disposition).getFilename())
                .isEqualTo("Αθήνα Москва 東京 " + unique + " _Co_ & Søn report " + completed + ".pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf.body());
        assertThat(result.get("overall").get("level").asString()).isEqualTo("basic");
        assertThat(result.get("areas").get(0).get("level").asString()).isEqualTo("basic");
        assertThat(result.get("capabilities").get(0).get("gap").asInt()).isEqualTo(2);
        assertThat(text)
                .contains(prospectName)
                .contains("Overall: Basic ("
                        + ReportNumbers.percent(
                                result.get("overall").get("score").asDouble()) + ")")
                .contains("Identity and Access Basic "
                        + ReportNumbers.percent(
                                result.get("areas").get(0).get("score").asDouble()))
                .contains("Directory services Basic "
                        + ReportNumbers.percent(
                                result.get("capabilities").get(0).get("score").asDouble())
                        + " Rationalized 2 levels")
                .contains("No spend Written joiner/leaver process")
                .contains("One directory for authentication")
                .contains("Completed on")
                .contains("Answer: No Note: " + note)
                .contains("Is there budget for this in the next 12 months? Answer: Yes")
                .doesNotContainIgnoringCase("qualif");

        String withoutNotes = text(download(id, "?notes=false", interviewer).body());
        assertThat(withoutNotes)
                .contains("Do you have a directory service that authenticates your users? Answer: No")
                .doesNotContain(note)
                .doesNotContain("Note:");
    }

    @Test
    void another_tenant_and_an_interviewer_of_another_interview_get_not_found() throws Exception {
        String id = completed(prospect("Prospect " + unique), "{\"option\": \"no\"}");
        String freelancer = Tokens.accessToken("freelancer@stackup.test", "openid organization:demo");
        String otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
        String expert = Tokens.accessToken("expert@demo.test", "openid organization:demo");

        assertThat(download(id, "", expert).statusCode()).isEqualTo(200);
        for (String token : new String[] {freelancer, otherAdmin}) {
            HttpResponse<byte[]> refused = download(id, "", token);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("Prospect " + unique);
        }
        assertThat(download("not-an-id", "", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void a_running_interview_gives_a_preview_and_a_second_one_is_compared_with_the_first() throws Exception {
        String prospect = prospect("Prospect " + unique);
        String first = completed(prospect, "{\"option\": \"no\"}");
        String second = assign(prospect);
        put(second, "has-dir", "{\"option\": \"yes\"}");
        put(second, "provisioning", "{\"option\": \"scripted\"}");

        String preview = text(download(second, "", admin).body());

        assertThat(preview)
                .contains("Preview of")
                .contains("the interview is still running")
                .contains("Overall: Rationalized (66%)")
                .contains("Since the last assessment")
                .contains("Directory services")
                .contains("Every assessed capability has reached its target.");
        assertThat(text(download(first, "", admin).body())).doesNotContain("Since the last assessment");
    }

    private String prospect(String name) throws Exception {
        HttpResponse<String> created = send(
                "POST", "/api/v1/prospects", admin, "{\"name\": " + InterviewApiIT.JSON.writeValueAsString(name) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return InterviewApiIT.JSON.readTree(created.body()).get("id").asString();
    }

    private String template() throws Exception {
        String document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"rp-" + unique + "\"");
        }
        HttpResponse<String> created = send("POST", "/api/v1/templates?publish=true", admin, document);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return InterviewApiIT.JSON.readTree(created.body()).get("id").asString();
    }

    private String template;

    private String assign(String prospect) throws Exception {
        if (template == null) {
            template = template();
        }
        HttpResponse<String> assigned = send(
                "POST",
                "/api/v1/interviews",
                admin,
                "{\"templateId\": \"" + template + "\", \"prospectId\": \"" + prospect
                        + "\", \"interviewer\": \"interviewer@demo.test\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        return InterviewApiIT.JSON.readTree(assigned.body()).get("id").asString();
    }

    /** A completed interview of the prospect with this answer to has-dir and budget "yes". */
    private String completed(String prospect, String hasDir) throws Exception {
        String id = assign(prospect);
        put(id, "has-dir", hasDir);
        put(id, "budget", "{\"option\": \"yes\"}");
        HttpResponse<String> done = send("POST", "/api/v1/interviews/" + id + "/complete", interviewer, null);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return id;
    }

    private void put(String id, String question, String answer) throws Exception {
        HttpResponse<String> put =
                send("PUT", "/api/v1/interviews/" + id + "/answers/" + question, interviewer, answer);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    /** The report as a PDF reader asks for it. */
    private static HttpResponse<byte[]> download(String id, String query, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(SharedStack.appUrl() + "/api/v1/interviews/" + id + "/report.pdf" + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/pdf")
                .GET()
                .build();
        return InterviewApiIT.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** PDFBox's text, read by position, every run of white space as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
