package io.stackup.bench;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewSource;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.StoredAnswer;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.ReportBuilder;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.report.customer.Branding;
import io.stackup.core.report.customer.CustomerReportDocument;
import io.stackup.core.report.pdf.PdfDocuments;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Area;
import io.stackup.core.template.Band;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Effort;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.QuestionType;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.RecommendationKind;
import io.stackup.core.template.Scale;
import io.stackup.core.template.Scoring;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ScoringEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the real customer report ({@link CustomerReportDocument}, as {@code GET …/report.pdf} renders it) costs for a
 * 300-question interview: a generated template of 12 areas of 5 capabilities (3 recommendations each, with
 * descriptions and offerings) and 6 sections of 50 questions cycling through the question types, about 90% answered,
 * a note on two answers in three; scored and made into a {@link ResultReport} by the same {@link ReportBuilder} the
 * application uses (no database), with a comparison against an earlier set of answers. Each run builds the document
 * and renders it, as a request does; the first run (a fresh JVM: classes, fonts, Batik, JIT) is printed apart from the
 * warm ones. Wall time and the rendering thread's CPU time. Asserts nothing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.stackup.bench.CustomerReportBenchmark [renders=20]};
 * {@code -Dout=FILE} keeps the last PDF, {@code -Dnotes=false} leaves the notes out, {@code -Dwarmup=true} first
 * renders the tiny document the application renders at start, so the first figure is what the first customer pays.
 */
public final class CustomerReportBenchmark {

    static final int AREAS = 12;
    static final int CAPABILITIES_PER_AREA = 5;
    static final int SECTIONS = 6;
    static final int QUESTIONS_PER_SECTION = 50;

    private static final List<String> LEVELS = List.of("basic", "standardized", "rationalized", "dynamic");
    private static final QuestionType[] TYPES = {
        QuestionType.YES_NO,
        QuestionType.SINGLE,
        QuestionType.MULTI,
        QuestionType.NUMBER,
        QuestionType.SCALE,
        QuestionType.YES_NO,
        QuestionType.SINGLE,
        QuestionType.TEXT,
    };
    private static final String[] WORDS = ("capability maturity backup restore identity access network monitoring "
                    + "patch management incident response encryption policy review automation inventory licence "
                    + "cloud migration resilience documented tested quarterly owner vendor contract training audit "
                    + "Müller São Ærø Αθήνα Москва")
            .split(" ");
    private static final Instant COMPLETED = Instant.parse("2026-11-30T12:00:00Z");

    private CustomerReportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Notes notes = Boolean.parseBoolean(System.getProperty("notes", "true")) ? Notes.INCLUDED : Notes.OMITTED;
        Template template = template(new Random(42));
        PreparedTemplate prepared = new ScoringEngine().prepare(template);
        Map<String, Answer> answers = answers(template, new Random(7));
        ResultReport report = report(prepared, answers, notes, COMPLETED);
        ResultReport earlier =
                report(prepared, answers(template, new Random(8)), notes, COMPLETED.minusSeconds(86_400 * 200));
        Comparison comparison = comparison(earlier, report);
        System.out.printf(
                Locale.ROOT,
                "template: %d questions, %d capabilities; %d answered, %d with a note; %d roadmap items%n",
                template.questionnaire().questions().count(),
                AREAS * CAPABILITIES_PER_AREA,
                report.answers().size(),
                report.answers().stream().filter(a -> a.note() != null).count(),
                report.roadmap().stream().mapToInt(s -> s.items().size()).sum());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (Boolean.getBoolean("warmup")) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            warmUp();
            System.out.printf(
                    Locale.ROOT,
                    "warm-up (a tiny document, as the application renders at start): %.1f ms (%.1f ms CPU)%n",
                    (System.nanoTime() - start) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        byte[] pdf = null;
        double[] millis = new double[renders];
        double[] cpuMillis = new double[renders];
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            pdf = CustomerReportDocument.pdf(report, comparison, Branding.NONE, ZoneOffset.UTC, LocalDate.now());
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "render %2d: %7.1f ms (%7.1f ms CPU of this thread)%n",
                    i + 1,
                    millis[i],
                    cpuMillis[i]);
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "first rendering (cold JVM): %.1f ms (%.1f ms CPU)%n", millis[0], cpuMillis[0]);
        if (renders > 1) {
            double[] warm = warm(millis);
            double[] warmCpu = warm(cpuMillis);
            System.out.printf(
                    Locale.ROOT,
                    "warm renderings (%d): min %.1f ms, median %.1f ms, max %.1f ms;"
                            + " CPU min %.1f ms, median %.1f ms, max %.1f ms%n",
                    warm.length,
                    warm[0],
                    warm[warm.length / 2],
                    warm[warm.length - 1],
                    warmCpu[0],
                    warmCpu[warm.length / 2],
                    warmCpu[warm.length - 1]);
        }
        System.out.printf(Locale.ROOT, "PDF: %,d bytes, %d pages%n", pdf.length, pages);
        String out = System.getProperty("out");
        if (out != null) {
            Files.write(Path.of(out), pdf);
            System.out.println("written to " + out);
        }
    }

    /** What io.stackup.core.report.pdf.PdfWarmUp renders once the application is ready. */
    private static void warmUp() {
        Document html = PdfDocuments.newDocument("Warm-up", Locale.ENGLISH);
        html.body().appendElement("h2").text("Warm-up Αθήνα Москва");
        html.body()
                .appendElement("table")
                .appendElement("tr")
                .appendElement("td")
                .text("東京 서울 Müller");
        PdfDocuments.appendSvg(
                html.body().appendElement("figure"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\">"
                        + "<rect width=\"50\" height=\"10\" fill=\"#555555\"/>"
                        + "<text x=\"2\" y=\"18\" font-size=\"8\">Level 東京</text></svg>");
        PdfDocuments.render(html);
    }

    /** All but the first (cold) figure, sorted. */
    private static double[] warm(double[] figures) {
        double[] warm = Arrays.copyOfRange(figures, 1, figures.length);
        Arrays.sort(warm);
        return warm;
    }

    /** The report of a completed interview with these answers, as the application makes it. */
    static ResultReport report(PreparedTemplate prepared, Map<String, Answer> answers, Notes notes, Instant completed) {
        Template template = prepared.template();
        InterviewId id = new InterviewId(UUID.randomUUID());
        Result result = prepared.score(answers, Map.of(), id.toString(), true);
        List<StoredAnswer> stored = new ArrayList<>();
        answers.forEach((key, answer) -> stored.add(new StoredAnswer(key, answer, "kc-zoe", completed)));
        InterviewDetail detail = new InterviewDetail(
                id,
                new ProspectId(UUID.randomUUID()),
                "東京 Müller & Søn Holding",
                new TemplateId(UUID.randomUUID()),
                template.key(),
                template.name(),
                template.version(),
                "zoe@partner.test",
                "Zoë Ångström",
                "kc-zoe",
                InterviewStatus.COMPLETED,
                InterviewSource.ASSIGNED,
                Map.of(),
                null,
                completed.minusSeconds(7200),
                "kc-admin",
                completed.minusSeconds(3600),
                completed,
                stored,
                List.of(),
                result);
        return ReportBuilder.build("Partner Systemhaus GmbH", detail, prepared, result, notes);
    }

    /** The later report against the earlier one, capability by capability, as Comparisons matches them. */
    static Comparison comparison(ResultReport before, ResultReport after) {
        Map<String, CapabilityReport> earlier = new LinkedHashMap<>();
        before.areas().forEach(a -> a.capabilities().forEach(c -> earlier.put(c.key(), c)));
        List<Comparison.CapabilityChange> changes = new ArrayList<>();
        after.areas()
                .forEach(area -> area.capabilities().forEach(c -> {
                    CapabilityReport e = earlier.get(c.key());
                    Comparison.Standing from = standing(e);
                    Comparison.Standing to = standing(c);
                    Comparison.Movement movement = from.score() == null || to.score() == null
                            ? Comparison.Movement.NOT_COMPARABLE
                            : Double.compare(to.score(), from.score()) > 0
                                    ? Comparison.Movement.UP
                                    : Double.compare(to.score(), from.score()) < 0
                                            ? Comparison.Movement.DOWN
                                            : Comparison.Movement.SAME;
                    List<String> blockers = after.roadmap().isEmpty()
                            ? List.of()
                            : after.roadmap().getFirst().items().stream()
                                    .filter(i -> i.capability().equals(c.key()))
                                    .map(ResultReport.RoadmapItem::title)
                                    .toList();
                    changes.add(new Comparison.CapabilityChange(
                            c.key(),
                            c.name(),
                            area.name(),
                            Comparison.Presence.BOTH,
                            from,
                            to,
                            movement,
                            c.target().key(),
                            c.target().name(),
                            c.gap(),
                            blockers));
                }));
        return new Comparison(
                new Comparison.Side(
                        before.interview(),
                        before.template().name(),
                        before.template().version(),
                        before.completedAt()),
                new Comparison.Side(
                        after.interview(),
                        after.template().name(),
                        after.template().version(),
                        after.completedAt()),
                overall(before),
                overall(after),
                changes);
    }

    private static Comparison.Standing standing(CapabilityReport c) {
        return c.level() == null
                ? new Comparison.Standing(null, null, null)
                : new Comparison.Standing(c.level().key(), c.level().name(), c.score());
    }

    private static Comparison.Standing overall(ResultReport report) {
        ResultReport.ScaleLevel level = report.overall().level();
        return level == null
                ? new Comparison.Standing(null, null, null)
                : new Comparison.Standing(
                        level.key(), level.name(), report.overall().score());
    }

    /** The 300-question template; deterministic for a given random. */
    static Template template(Random random) {
        List<Area> areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            List<Capability> capabilities = new ArrayList<>();
            for (int c = 0; c < CAPABILITIES_PER_AREA; c++) {
                String key = "cap-" + (a * CAPABILITIES_PER_AREA + c);
                String offering = "Managed " + sentence(random, 2);
                capabilities.add(new Capability(
                        key,
                        sentence(random, 2 + random.nextInt(3)),
                        sentence(random, 15),
                        1 + c % 3,
                        c % 4 == 0 ? "dynamic" : null,
                        Map.of("standardized", sentence(random, 10), "rationalized", sentence(random, 12)),
                        List.of(
                                recommendation(
                                        random, "r1", "standardized", RecommendationKind.PROCESS, Effort.S, null),
                                recommendation(
                                        random, "r2", "rationalized", RecommendationKind.SERVICE, Effort.M, offering),
                                recommendation(
                                        random, "r3", "dynamic", RecommendationKind.PRODUCT, Effort.L, offering))));
            }
            areas.add(new Area("area-" + a, sentence(random, 2 + random.nextInt(2)), null, capabilities));
        }
        List<Section> sections = new ArrayList<>();
        int q = 0;
        for (int s = 0; s < SECTIONS; s++) {
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < QUESTIONS_PER_SECTION; i++, q++) {
                questions.add(question(random, q, "cap-" + (q % (AREAS * CAPABILITIES_PER_AREA))));
            }
            sections.add(new Section("s" + s, sentence(random, 3), questions));
        }
        return new Template(
                Template.FORMAT,
                "bench-report",
                "Core Infrastructure Optimization",
                "2.1.0",
                "en",
                null,
                new Scale(List.of(
                        new Level("basic", "Basic", null),
                        new Level("standardized", "Standardized", null),
                        new Level("rationalized", "Rationalized", null),
                        new Level("dynamic", "Dynamic", null))),
                Scoring.gated(),
                "rationalized",
                areas,
                new Questionnaire("Infrastructure interview", null, sections),
                null);
    }

    /** Answers to about 90% of the questions, each fitting its question, a note on two in three. */
    static Map<String, Answer> answers(Template template, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        template.questionnaire().questions().forEach(q -> {
            if (random.nextInt(10) == 0) {
                return;
            }
            String note = random.nextInt(3) == 0 ? null : sentence(random, 5 + random.nextInt(30));
            List<Option> options = q.effectiveOptions(template.scale());
            Answer answer = switch (q.type()) {
                case YES_NO, SINGLE, SCALE ->
                    new Answer.Choice(
                            options.get(random.nextInt(options.size())).key(), note);
                case MULTI ->
                    new Answer.Choices(
                            options.stream()
                                    .filter(o -> random.nextInt(3) != 0)
                                    .map(Option::key)
                                    .toList(),
                            note);
                case NUMBER -> new Answer.Number(random.nextInt(0, 1000), note);
                case TEXT -> new Answer.Text(sentence(random, 4 + random.nextInt(20)), note);
            };
            answers.put(q.key(), answer);
        });
        return answers;
    }

    private static Question question(Random random, int index, String capability) {
        QuestionType type = TYPES[index % TYPES.length];
        List<Option> options = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        String requires = null;
        String unit = null;
        switch (type) {
            case YES_NO -> requires = LEVELS.get(1 + index % 3);
            case SINGLE, SCALE -> {
                for (int i = 0; i < 4; i++) {
                    options.add(new Option("o" + i, sentence(random, 2 + random.nextInt(6)), LEVELS.get(i), i));
                }
            }
            case MULTI -> {
                for (int i = 0; i < 6; i++) {
                    options.add(new Option(
                            "o" + i,
                            sentence(random, 1 + random.nextInt(3)),
                            i == 5 ? null : LEVELS.get(1 + i % 3),
                            i % 3));
                }
            }
            case NUMBER -> {
                unit = "servers";
                bands.add(new Band(null, 10.0, "basic", 0));
                bands.add(new Band(10.0, 100.0, "standardized", 1));
                bands.add(new Band(100.0, 500.0, "rationalized", 2));
                bands.add(new Band(500.0, null, "dynamic", 3));
            }
            case TEXT -> {}
        }
        return new Question(
                "q" + index,
                type == QuestionType.TEXT ? null : capability,
                sentence(random, 8 + random.nextInt(18)) + "?",
                null,
                type,
                true,
                1,
                options,
                requires,
                bands,
                null,
                null,
                unit,
                null);
    }

    private static Recommendation recommendation(
            Random random, String key, String to, RecommendationKind kind, Effort effort, @Nullable String offering) {
        return new Recommendation(
                key, to, sentence(random, 3 + random.nextInt(5)), sentence(random, 20), kind, effort, offering);
    }

    private static String sentence(Random random, int words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        String text = String.join(" ", out);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
