package io.stackup.bench;

import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the editor pays per change on a template of 500 capabilities and 2,000 questions: it writes the draft as a
 * document and reads it back through the import validator ({@code revalidate}), so the rules are the import's. Also
 * the two halves on their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private Template template;
    private String document;

    @Setup
    public void setUp() {
        template = LargeTemplate.template(ScoringMode.GATED);
        document = TemplateWriter.write(template);
    }

    @Benchmark
    public Template revalidate() {
        return TemplateReader.readJson(TemplateWriter.write(template));
    }

    @Benchmark
    public String write() {
        return TemplateWriter.write(template);
    }

    @Benchmark
    public Template read() {
        return TemplateReader.readJson(document);
    }
}
