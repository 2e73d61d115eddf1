package io.stackup.core.template;

import io.stackup.core.template.document.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The templates shipped with Stackup and offered to every tenant to clone. Read once, through the same validator as
 * every import.
 */
final class StarterTemplates {

    static final List<String> FILES =
            List.of("core-infrastructure-optimization.yaml", "information-security-maturity.yaml");

    private static volatile List<Template> all;

    private StarterTemplates() {}

    static List<Template> all() {
        List<Template> loaded = all;
        if (loaded == null) {
            loaded = FILES.stream().map(StarterTemplates::read).toList();
            all = loaded;
        }
        return loaded;
    }

    private static Template read(String file) {
        try (InputStream in = StarterTemplates.class.getResourceAsStream("/starters/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Starter template " + file + " is missing from the classpath");
            }
            return TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
