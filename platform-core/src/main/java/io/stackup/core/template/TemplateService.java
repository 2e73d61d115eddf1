package io.stackup.core.template;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.template.query.TemplateKeyQueries;
import io.stackup.core.template.repository.TemplateRepository;
import io.stackup.core.template.repository.TemplateRepository.NewVersion;
import io.stackup.core.template.repository.TemplateRepository.Revision;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ScoringEngine;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Templates of the current tenant: import, list, export, publish and preview. The one door for the UI and the API
 * alike. Errors: {@link TemplateValidationException} (the document is invalid: every problem),
 * {@link AnswerValidationException} (answers that do not fit), {@link TemplateNotFoundException},
 * {@link TemplateConflictException}. Never returns null.
 */
@Service
@Transactional
public class TemplateService {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";

    private final TemplateRepository templates;
    private final MemberService members;
    private final AuditLog audit;
    private final TemplateKeyQueries keyQueries;
    private final ScoringEngine engine = new ScoringEngine();
    private final PreparedTemplates prepared = new PreparedTemplates();

    TemplateService(
            TemplateRepository templates, MemberService members, AuditLog audit, TemplateKeyQueries keyQueries) {
        this.templates = templates;
        this.keyQueries = keyQueries;
        this.members = members;
        this.audit = audit;
    }

    /**
     * Imports a document, all or nothing.
     *
     * @param publish publish it at once as a new version; the key's draft, if any, stays as it was
     * @param replaceDraft without publishing: replace the key's existing draft instead of refusing
     * @throws TemplateConflictException when the key and version is already published, or the key has a draft and
     *     {@code replaceDraft} is false
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion importDocument(
            byte[] document, TemplateReader.Syntax syntax, boolean publish, boolean replaceDraft) {
        Template template = TemplateReader.read(document, syntax);
        String mediaType = syntax == TemplateReader.Syntax.YAML ? YAML : JSON;
        TenantId tenant = TenantContext.requireTenant();
        if (publish) {
            refuseIfPublished(tenant, template);
            TemplateId id = templates.insert(tenant, version(template, TemplateStatus.PUBLISHED, mediaType), user());
            audit.record(published(id, template.key(), template.version(), template.name(), "import"));
            return new TemplateVersion(id, template.key(), template.version(), TemplateStatus.PUBLISHED);
        }
        Optional<StoredTemplate> draft = templates.findDraft(tenant, template.key());
        if (draft.isEmpty()) {
            return insertDraft(template, mediaType);
        }
        if (!replaceDraft) {
            throw new TemplateConflictException("'" + template.key() + "' already has a draft (version "
                    + draft.get().version() + "). Import with replaceDraft=true to replace it, or publish the draft"
                    + " first.");
        }
        saveDraft(draft.get().id(), draft.get().lockVersion(), template, mediaType);
        return new TemplateVersion(draft.get().id(), template.key(), template.version(), TemplateStatus.DRAFT);
    }

    /**
     * Saves an edited draft if nobody saved it since the caller read {@code expectedLockVersion}.
     *
     * @throws TemplateConflictException naming who saved it meanwhile, and when: the caller should reload
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public void saveDraft(TemplateId id, int expectedLockVersion, Template template, String mediaType) {
        TenantId tenant = TenantContext.requireTenant();
        StoredTemplate stored = require(tenant, id);
        if (stored.status() != TemplateStatus.DRAFT) {
            throw new TemplateConflictException("Version " + stored.version() + " of '" + stored.key()
                    + "' is published and never changes. Start a new draft from it instead.");
        }
        if (!stored.key().equals(template.key())) {
            throw new TemplateConflictException(
                    "A draft keeps its key '" + stored.key() + "'. Clone the template to" + " give it another key.");
        }
        if (!templates.updateDraft(
                tenant, id, expectedLockVersion, version(template, TemplateStatus.DRAFT, mediaType), user())) {
            StoredTemplate now = require(tenant, id);
            String by = members.describe(now.updatedBy());
            throw new TemplateConflictException(
                    "This draft was changed by " + by + " at " + now.updatedAt()
                            + " after you opened it. Reload it to see their changes; nothing was overwritten.",
                    by,
                    now.updatedAt());
        }
    }

    /** The templates shipped with Stackup, offered to every tenant to clone. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<Template> starters() {
        return StarterTemplates.all();
    }

    /**
     * Starts a draft from a starter template, under the starter's key.
     *
     * @throws TemplateConflictException when the tenant already has a draft of that key
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion cloneStarter(String starterKey) {
        Template starter = StarterTemplates.all().stream()
                .filter(t -> t.key().equals(starterKey))
                .findFirst()
                .orElseThrow(() -> new TemplateConflictException("There is no starter template '" + starterKey + "'."));
        return insertDraft(starter, YAML);
    }

    /**
     * Starts the key's draft from any version, e.g. a published one to change it as a new version; the draft proposes
     * the next minor version that is not published yet (see {@link DraftVersions}).
     *
     * @throws TemplateConflictException when the key already has a draft
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion newDraft(TemplateId from) {
        TenantId tenant = TenantContext.requireTenant();
        StoredTemplate stored = require(tenant, from);
        Template source = parse(stored);
        String version = DraftVersions.next(source.version(), v -> templates.isPublished(tenant, stored.key(), v));
        return insertDraft(source.withVersion(version), stored.mediaType());
    }

    /**
     * Starts a new template from nothing: a minimal valid draft (two levels, one area with one capability, one section
     * with one yes/no question) to build on in the editor. Validated like any import.
     *
     * @throws TemplateValidationException when the key or name is not valid
     * @throws TemplateConflictException when the key already has a draft
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion createBlank(String key, String name) {
        Template blank = StarterTemplates.blank(key, name);
        Template checked = TemplateReader.readJson(TemplateWriter.write(blank));
        return insertDraft(checked, JSON);
    }

    /** Copies any version as the draft of a new key and name. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion cloneAs(TemplateId from, String newKey, String newName) {
        StoredTemplate stored = require(TenantContext.requireTenant(), from);
        Template source = parse(stored);
        Template copy = new Template(
                source.format(),
                newKey,
                newName,
                source.version(),
                source.language(),
                source.description(),
                source.scale(),
                source.scoring(),
                source.defaultTarget(),
                source.areas(),
                source.questionnaire(),
                source.qualification());
        Template checked = TemplateReader.readJson(TemplateWriter.write(copy));
        return insertDraft(checked, stored.mediaType());
    }

    private TemplateVersion insertDraft(Template template, String mediaType) {
        TenantId tenant = TenantContext.requireTenant();
        templates.findDraft(tenant, template.key()).ifPresent(draft -> {
            throw new TemplateConflictException("'" + template.key() + "' already has a draft (version "
                    + draft.version() + "). Open that draft, or delete it first.");
        });
        TemplateId id = templates.insert(tenant, version(template, TemplateStatus.DRAFT, mediaType), user());
        return new TemplateVersion(id, template.key(), template.version(), TemplateStatus.DRAFT);
    }

    /** The tenant's template versions, by name, key and version. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<TemplateSummary> list(String search, @Nullable TemplateStatus status, int offset, int limit) {
        return templates.find(TenantContext.requireTenant(), search, status, offset, limit);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public int count(String search, @Nullable TemplateStatus status) {
        return templates.count(TenantContext.requireTenant(), search, status);
    }

    /** A page of the tenant's template keys, each with its latest version and its version and interview counts. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<TemplateKeySummary> keys(String search, int offset, int limit) {
        return keyQueries.keys(TenantContext.requireTenant(), search, offset, limit);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public int countKeys(String search) {
        return keyQueries.countKeys(TenantContext.requireTenant(), search);
    }

    /** The versions of one key, the one made last first, each with how many interviews use it. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<TemplateVersionSummary> versions(String key) {
        return keyQueries.versions(TenantContext.requireTenant(), key);
    }

    /** What changed from the previous version of the same key (the one made just before) to this version. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public TemplateComparison compareWithPrevious(TemplateId id) {
        TenantId tenant = TenantContext.requireTenant();
        StoredTemplate stored = require(tenant, id);
        List<TemplateVersionSummary> versions = keyQueries.versions(tenant, stored.key());
        int at = 0;
        while (at < versions.size() && !versions.get(at).version().id().equals(id)) {
            at++;
        }
        if (at + 1 >= versions.size()) {
            return new TemplateComparison(null, List.of());
        }
        TemplateSummary previous = versions.get(at + 1).version();
        return new TemplateComparison(
                previous.version(),
                io.stackup.core.template.document.TemplateDiff.between(load(previous.id()), load(id)));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public StoredTemplate get(TemplateId id) {
        return require(TenantContext.requireTenant(), id);
    }

    /** The template itself, parsed. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public Template load(TemplateId id) {
        return prepared(id).template();
    }

    /** The template in the syntax it was imported in. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public ExportedDocument export(TemplateId id) {
        StoredTemplate stored = require(TenantContext.requireTenant(), id);
        return export(
                stored, YAML.equals(stored.mediaType()) ? TemplateReader.Syntax.YAML : TemplateReader.Syntax.JSON);
    }

    /**
     * The template in the given syntax, whatever it was imported in: the same document either way (docs/spec/template-
     * format.md, Export), so that each re-imports to the same template.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public ExportedDocument export(TemplateId id, TemplateReader.Syntax syntax) {
        return export(require(TenantContext.requireTenant(), id), syntax);
    }

    /** The stored document is the template's JSON export ({@link #version}); YAML is written from it. */
    private static ExportedDocument export(StoredTemplate stored, TemplateReader.Syntax syntax) {
        String base = stored.key() + "-" + stored.version();
        if (syntax == TemplateReader.Syntax.YAML) {
            return new ExportedDocument(YAML, TemplateWriter.writeYaml(parse(stored)), base + ".yaml");
        }
        return new ExportedDocument(JSON, stored.document(), base + ".json");
    }

    /**
     * Publishes a draft; from then on it never changes. Publishing a published version again changes nothing.
     *
     * @throws TemplateConflictException when that key and version is already published by another version
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TemplateVersion publish(TemplateId id) {
        TenantId tenant = TenantContext.requireTenant();
        StoredTemplate stored = require(tenant, id);
        if (stored.status() == TemplateStatus.DRAFT) {
            if (templates.isPublished(tenant, stored.key(), stored.version())) {
                throw new TemplateConflictException("Version " + stored.version() + " of '" + stored.key()
                        + "' is already published. Give the draft a new version, then publish it.");
            }
            templates.publish(tenant, id, user());
            audit.record(published(id, stored.key(), stored.version(), stored.name(), "draft"));
        }
        return new TemplateVersion(id, stored.key(), stored.version(), TemplateStatus.PUBLISHED);
    }

    /** Deletes a draft; a published version cannot be deleted. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public void deleteDraft(TemplateId id) {
        TenantId tenant = TenantContext.requireTenant();
        StoredTemplate stored = require(tenant, id);
        if (stored.status() != TemplateStatus.DRAFT || !templates.deleteDraft(tenant, id)) {
            throw new TemplateConflictException("Only a draft can be deleted; version " + stored.version() + " of '"
                    + stored.key() + "' is published.");
        }
    }

    /**
     * Scores answers against a template without storing anything: what the editor's live preview shows.
     *
     * @param answers question key to answer, as docs/spec/api.md writes answers
     * @param targets capability key to level key, or {@code null}
     * @throws AnswerValidationException naming every answer or target that does not fit
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @Transactional(readOnly = true)
    public Result preview(TemplateId id, JsonNode answers, @Nullable JsonNode targets) {
        PreparedTemplate template = prepared(id);
        List<Problem> problems = new java.util.ArrayList<>();
        Map<String, Answer> read = Map.of();
        Map<String, String> targetOverrides = Map.of();
        try {
            read = AnswerReader.readAll(template.template(), answers);
        } catch (AnswerValidationException e) {
            problems.addAll(e.problems());
        }
        if (targets != null && !targets.isNull()) {
            try {
                targetOverrides = AnswerReader.readTargets(template.template(), targets);
            } catch (AnswerValidationException e) {
                e.problems()
                        .forEach(p ->
                                problems.add(new Problem("$.targets" + p.path().substring(1), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerValidationException(problems);
        }
        return template.score(read, targetOverrides, null, false);
    }

    /**
     * Scores parsed answers against a template, and says which questions they leave visible: the editor's live
     * preview, which holds answers as objects.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    @Transactional(readOnly = true)
    public Preview preview(TemplateId id, Map<String, Answer> answers, Map<String, String> targets) {
        PreparedTemplate template = prepared(id);
        return new Preview(template.score(answers, targets, null, false), template.visibleQuestions(answers));
    }

    /**
     * A published version, prepared for scoring: what a running interview scores and validates its answers with. Held
     * in memory once read (a published version never changes), so a hit costs no query. The self-assessment role is a
     * respondent of a public link of the current tenant (see {@code io.stackup.core.assessment}).
     *
     * @throws TemplateNotFoundException when the current tenant has no template with that id
     * @throws TemplateConflictException when it is a draft
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT, Roles.SELF_ASSESSMENT})
    @Transactional(readOnly = true)
    public PreparedTemplate published(TemplateId id) {
        TenantId tenant = TenantContext.requireTenant();
        PreparedTemplate cached = prepared.published(tenant, id);
        if (cached != null) {
            return cached;
        }
        Revision revision = templates.revision(tenant, id).orElseThrow(() -> new TemplateNotFoundException(id));
        if (revision.status() != TemplateStatus.PUBLISHED) {
            StoredTemplate stored = require(tenant, id);
            throw new TemplateConflictException("Version " + stored.version() + " of '" + stored.key()
                    + "' is a draft. Publish it first; an interview uses published versions only.");
        }
        return prepared.get(tenant, id, revision, () -> engine.prepare(parse(require(tenant, id))));
    }

    /**
     * The template prepared for scoring. A published one comes from memory once loaded; a draft is re-read only when it
     * was saved since (one small query tells), so a live preview does not parse the document on every answer.
     */
    private PreparedTemplate prepared(TemplateId id) {
        TenantId tenant = TenantContext.requireTenant();
        PreparedTemplate published = prepared.published(tenant, id);
        if (published != null) {
            return published;
        }
        Revision revision = templates.revision(tenant, id).orElseThrow(() -> new TemplateNotFoundException(id));
        return prepared.get(tenant, id, revision, () -> engine.prepare(parse(require(tenant, id))));
    }

    /** The audit log's record of a version published, from a draft or straight from an import. */
    private static AuditEntry published(TemplateId id, String key, String version, String name, String from) {
        return AuditEntry.of(
                        "template.published",
                        "template",
                        id,
                        "Published template '" + name + "' (" + key + ") version " + version)
                .with("key", key)
                .with("version", version)
                .with("name", name)
                .with("from", from);
    }

    private void refuseIfPublished(TenantId tenant, Template template) {
        if (templates.isPublished(tenant, template.key(), template.version())) {
            throw new TemplateConflictException("Version " + template.version() + " of '" + template.key()
                    + "' is already published. Give the document a new version to publish it.");
        }
    }

    private StoredTemplate require(TenantId tenant, TemplateId id) {
        return templates.find(tenant, id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    private static Template parse(StoredTemplate stored) {
        return TemplateReader.read(stored.document().getBytes(StandardCharsets.UTF_8), TemplateReader.Syntax.JSON);
    }

    private static NewVersion version(Template template, TemplateStatus status, String mediaType) {
        return new NewVersion(
                template.key(), template.version(), template.name(), status, TemplateWriter.write(template), mediaType);
    }

    private static String user() {
        return TenantContext.currentUser().orElse("system");
    }
}
