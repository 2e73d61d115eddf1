package io.stackup.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The template service on real PostgreSQL: drafts, publishing, optimistic locking, starters and tenants. */
@CoreIntegrationTest
@WithMockUser(roles = Roles.TENANT_ADMIN)
class TemplateServiceIT {

    static final String DOC = """
            {"format": "stackup-template/1", "key": "%s", "name": "Service test", "version": "1.0.0",
             "scale": {"levels": [{"key": "low", "name": "Low"}, {"key": "high", "name": "High"}]},
             "areas": [{"key": "a", "name": "A", "capabilities": [{"key": "c", "name": "C"}]}],
             "questionnaire": {"title": "Q", "sections": [{"key": "s", "title": "S", "questions": [
               {"key": "q", "capability": "c", "type": "yes_no", "text": "Ready?"}]}]}}
            """;

    @Autowired
    TemplateService templates;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;
    String key;

    @BeforeEach
    void tenants() {
        a = register("sa");
        b = register("sb");
        key = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_second_of_two_saves_from_the_same_read_is_refused_naming_who_saved_first() {
        TemplateVersion draft = as(a, "alice", () -> importDraft(key));
        int read = as(a, "alice", () -> templates.get(draft.id()).lockVersion());
        Template edited = as(a, "alice", () -> templates.load(draft.id()));

        as(a, "alice", () -> {
            templates.saveDraft(draft.id(), read, edited, "application/json");
            return null;
        });
        assertThatThrownBy(() -> as(a, "bob", () -> {
                    templates.saveDraft(draft.id(), read, edited, "application/json");
                    return null;
                }))
                .isInstanceOf(TemplateConflictException.class)
                .hasMessageContaining("alice")
                .hasMessageContaining("Reload");
    }

    @Test
    void a_blank_template_is_a_valid_draft_and_a_bad_key_is_refused_with_its_path() {
        TemplateVersion blank = as(a, "alice", () -> templates.createBlank(key, "From nothing"));
        Template template = as(a, "alice", () -> templates.load(blank.id()));

        assertThat(blank.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(template.name()).isEqualTo("From nothing");
        assertThat(template.scale().levels()).hasSize(2);
        assertThat(template.questionnaire().questions()).hasSize(1);
        assertThatThrownBy(() -> as(a, "alice", () -> templates.createBlank("Not A Slug", "x")))
                .isInstanceOf(TemplateValidationException.class)
                .satisfies(e -> assertThat(((TemplateValidationException) e).problems())
                        .extracting(Problem::path)
                        .contains("$.key"));
    }

    @Test
    void a_published_version_refuses_edits_and_a_new_draft_starts_from_it() {
        TemplateVersion draft = as(a, "alice", () -> importDraft(key));
        as(a, "alice", () -> templates.publish(draft.id()));
        Template template = as(a, "alice", () -> templates.load(draft.id()));

        assertThatThrownBy(() -> as(a, "alice", () -> {
                    templates.saveDraft(draft.id(), 1, template, "application/json");
                    return null;
                }))
                .isInstanceOf(TemplateConflictException.class)
                .hasMessageContaining("never changes");
        TemplateVersion next = as(a, "alice", () -> templates.newDraft(draft.id()));
        assertThat(next.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(next.id()).isNotEqualTo(draft.id());
        assertThat(next.version())
                .as("the next minor version, ready to publish")
                .isEqualTo("1.1.0");
        as(a, "alice", () -> templates.publish(next.id()));
        assertThatThrownBy(() -> as(a, "alice", () -> {
                    templates.deleteDraft(draft.id());
                    return null;
                }))
                .isInstanceOf(TemplateConflictException.class);
    }

    @Test
    void both_starter_templates_can_be_cloned_once_each() {
        for (Template starter : as(a, "alice", templates::starters)) {
            TemplateVersion draft = as(a, "alice", () -> templates.cloneStarter(starter.key()));
            assertThat(as(a, "alice", () -> templates.load(draft.id()))).isEqualTo(starter);
            assertThatThrownBy(() -> as(a, "alice", () -> templates.cloneStarter(starter.key())))
                    .isInstanceOf(TemplateConflictException.class);
        }
        assertThat(as(a, "alice", templates::starters)).hasSize(2);
    }

    @Test
    void another_tenants_template_does_not_exist() {
        TemplateVersion draft = as(a, "alice", () -> importDraft(key));
        assertThatThrownBy(() -> as(b, "mallory", () -> templates.get(draft.id())))
                .isInstanceOf(TemplateNotFoundException.class);
        assertThatThrownBy(() -> as(b, "mallory", () -> templates.publish(draft.id())))
                .isInstanceOf(TemplateNotFoundException.class);
        assertThat(as(b, "mallory", () -> templates.count(key, null))).isZero();
    }

    @Test
    void a_preview_follows_each_save_of_a_draft_and_a_cached_published_template_stays_in_its_tenant() {
        TemplateVersion draft = as(a, "alice", () -> importDraft(key));
        Map<String, Answer> yes = Map.of("q", new Answer.Choice("yes", null));
        assertThat(as(a, "alice", () -> templates.preview(draft.id(), yes, Map.of()))
                        .result()
                        .overall()
                        .level())
                .isEqualTo("high");

        int read = as(a, "alice", () -> templates.get(draft.id()).lockVersion());
        Template loaded = as(a, "alice", () -> templates.load(draft.id()));
        Template renamed = TemplateReader.readJson(
                TemplateWriter.write(loaded).replaceAll("\"key\"\\s*:\\s*\"high\"", "\"key\": \"top\""));
        as(a, "alice", () -> {
            templates.saveDraft(draft.id(), read, renamed, "application/json");
            return null;
        });
        assertThat(as(a, "alice", () -> templates.preview(draft.id(), yes, Map.of()))
                        .result()
                        .overall()
                        .level())
                .isEqualTo("top");

        as(a, "alice", () -> templates.publish(draft.id()));
        as(a, "alice", () -> templates.preview(draft.id(), yes, Map.of()));
        assertThatThrownBy(() -> as(b, "mallory", () -> templates.preview(draft.id(), yes, Map.of())))
                .isInstanceOf(TemplateNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = Roles.INTERVIEWER)
    void an_interviewer_may_not_import() {
        assertThatThrownBy(() -> as(a, "ivan", () -> importDraft(key))).isInstanceOf(AccessDeniedException.class);
    }

    private TemplateVersion importDraft(String key) {
        return templates.importDocument(
                DOC.formatted(key).getBytes(StandardCharsets.UTF_8), TemplateReader.Syntax.JSON, false, false);
    }

    private static <T> T as(Tenant tenant, String user, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), user, work);
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
