package io.stackup.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.support.BrowserlessViewTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result screen's "Download PDF", without a browser: the link's download handler is run as the download request
 * would run it, and what it streams is the customer report, with or without the notes as the checkbox says.
 */
class ResultDownloadIT extends BrowserlessViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TemplateService templates;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private InterviewAssignmentService assignments;

    @Autowired
    private InterviewService interviews;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void the_header_downloads_the_customer_pdf_with_the_notes_unless_the_checkbox_leaves_them_out() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        InterviewId id = completedInterview(unique, "Download " + unique + " Αθήνα 東京");
        signInAs("admin@demo.test", "demo");

        navigate("interviews/" + id + "/result", ResultView.class);
        Anchor download = $(Anchor.class).id("download-pdf");
        assertThat(download.getText()).isEqualTo("Download PDF");
        Checkbox notes = $(Checkbox.class).id("pdf-notes");
        assertThat(notes.getValue()).isTrue();

        MockHttpServletResponse withNotes = fetch(download);
        assertThat(withNotes.getStatus()).isEqualTo(200);
        assertThat(withNotes.getContentType()).isEqualTo("application/pdf");
        assertThat(ContentDisposition.parse(withNotes.getHeader("Content-Disposition"))
                        .getFilename())
                .startsWith("Download " + unique + " Αθήνα 東京 report ")
                .endsWith(".pdf");
        assertThat(text(withNotes.getContentAsByteArray()))
                .contains("Download " + unique + " Αθήνα 東京")
                .contains("Overall: Basic (0%)")
                .contains("Note: forest " + unique);

        test(notes).click();
        MockHttpServletResponse without = fetch(download);
        assertThat(text(without.getContentAsByteArray())).contains("Answer: No").doesNotContain("forest " + unique);
    }

    /** As admin, a published mini-io, a prospect and an interview; as the interviewer, answers and completion. */
    private InterviewId completedInterview(String unique, String prospectName) throws IOException {
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/templates/mini-io.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"dl-" + unique + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        TemplateVersion template = templates.importDocument(document, TemplateReader.Syntax.JSON, true, false);
        ProspectId prospect = prospects
                .create(new ProspectDraft(prospectName, null, null, null, null, null))
                .id();
        InterviewId id = assignments
                .assign(new NewInterview(template.id(), prospect, "interviewer@demo.test", Map.of(), null))
                .id();
        signInAs("interviewer@demo.test", "demo");
        interviews.answer(id, "has-dir", JSON.readTree("{\"option\": \"no\", \"note\": \"forest " + unique + "\"}"));
        interviews.answer(id, "budget", JSON.readTree("{\"option\": \"yes\"}"));
        interviews.complete(id);
        return id;
    }

    /** Runs the link's download handler as Vaadin runs it for the link's request. */
    private static MockHttpServletResponse fetch(Anchor anchor) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        URI uri = URI.create(anchor.getHref());
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, uri)
                .orElseThrow(() -> new AssertionError("no download registered at " + uri));
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        MockHttpServletResponse response = new MockHttpServletResponse();
        resource.getElementRequestHandler()
                .handleRequest(
                        new VaadinServletRequest(new MockHttpServletRequest("GET", "/" + uri), service),
                        new VaadinServletResponse(response, service),
                        session,
                        resource.getOwner());
        return response;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
