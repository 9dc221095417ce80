package dev.lockstep.junit;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.runtime.trace.NativeLogCodec;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.validator.HostLaunch;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.ValidationRequest;
import dev.lockstep.validator.Validator;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.report.HumanReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link LockstepTrace}: before each test it puts a fresh {@link Recording}
 * (an in-memory sink and a writer) into the test's own store; it resolves {@link TraceWriter} and
 * {@link TraceSink} parameters to that recording; after the test it validates the recorded events
 * and fails the test when they do not conform. Holds no state of its own, so one instance serves
 * tests running in parallel.
 */
public final class LockstepExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** Configuration parameter: a directory where each test's log is also written as NDJSON. */
    public static final String TRACES_DIR = "lockstep.traces.dir";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LockstepExtension.class);
    private static final String RECORDING = "recording";

    @Override
    public void beforeEach(ExtensionContext context) {
        recording(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return (type == TraceWriter.class || type == TraceSink.class) && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@LockstepTrace records one trace per test: "
                    + "a TraceWriter can be injected into test and @BeforeEach methods only");
        }
        Recording r = recording(context);
        return parameter.getParameter().getType() == TraceSink.class ? r.sink() : r.writer();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, InterruptedException {
        Recording r = context.getStore(NAMESPACE).get(RECORDING, Recording.class);
        if (r == null) {
            return;
        }
        r.writer().flush();
        List<TraceEvent> events = r.sink().events();
        LockstepTrace annotation = annotation(context);
        Optional<Path> keep = context.getConfigurationParameter(TRACES_DIR).map(Path::of);
        if (events.isEmpty()) {
            if (keep.isPresent()) {
                Files.deleteIfExists(keep.get().resolve(logName(context))); // a log of an earlier run of this test
            }
            return; // nothing to validate
        }
        Path work = dev.lockstep.bridge.process.ScratchDir.create(null, "junit");
        try {
            Path log = keep.isPresent() ? keep.get().resolve(logName(context)) : work.resolve(logName(context));
            writeLog(log, events);
            if (context.getExecutionException().isPresent()) {
                return; // the test already failed for its own reason: that is the failure to read
            }
            ValidationResult result = validate(annotation, log, work);
            if (!(result.verdict() instanceof Verdict.Conforms) || !result.problems().isEmpty()) {
                throw new AssertionFailedError(report(result, events.size()));
            }
        } finally {
            dev.lockstep.bridge.process.ScratchDir.deleteQuietly(work);
        }
    }

    private static Recording recording(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(RECORDING, k -> Recording.create(), Recording.class);
    }

    private static LockstepTrace annotation(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, LockstepTrace.class))
                .or(() -> context.getTestClass().flatMap(LockstepExtension::enclosingAnnotation))
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "LockstepExtension needs @LockstepTrace(spec = ...) on the test class"));
    }

    private static Optional<LockstepTrace> enclosingAnnotation(Class<?> c) {
        for (Class<?> k = c.getEnclosingClass(); k != null; k = k.getEnclosingClass()) {
            Optional<LockstepTrace> a = AnnotationSupport.findAnnotation(k, LockstepTrace.class);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static ValidationResult validate(LockstepTrace a, Path log, Path work) throws IOException, InterruptedException {
        Path spec = Path.of(a.spec()).toAbsolutePath().normalize();
        Path config = a.config().isEmpty() ? null : Path.of(a.config()).toAbsolutePath().normalize();
        Tla2Tools tools;
        try {
            tools = Tla2Tools.locate(null, System.getenv());
        } catch (Tla2Tools.UnusableJarException e) {
            throw new ExtensionConfigurationException("@LockstepTrace: " + e.getMessage(), e);
        }
        ValidationResult r = new Validator(HostLaunch.forTools(tools, work), tools).withLibrary(ModuleLibrary.DEFAULT)
                .validate(ValidationRequest.of(spec, config, List.of(log)));
        if (!r.diagnostics().isEmpty()) {
            throw new ExtensionConfigurationException("@LockstepTrace: "
                    + dev.lockstep.speclang.diag.DiagnosticFormatter.headline(r.diagnostics().get(0)));
        }
        return r;
    }

    /** The message of a failed test: one summary line, then what {@code lockstep validate} prints. */
    static String report(ValidationResult r, int events) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HumanReport.render(r, new PrintWriter(out), new PrintWriter(err));
        String head;
        if (r.verdict() instanceof Verdict.DoesNotConform d) {
            head = "the trace of this test does not conform to " + r.spec().getFileName() + " at event "
                    + d.witness().line() + " of " + events;
        } else if (r.verdict() instanceof Verdict.Unknown) {
            head = "the trace of this test could not be validated against " + r.spec().getFileName();
        } else {
            head = "the trace of this test has malformed events";
        }
        return head + "\n" + err + out;
    }

    private static void writeLog(Path file, List<TraceEvent> events) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        NativeLogCodec codec = NativeLogCodec.plain();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TraceEvent e : events) {
                codec.write(w, e);
                w.write('\n');
            }
        }
    }

    /** {@code Class.method.ndjson}, plus the invocation number for repeated and parameterized tests ({@code -2}). */
    static String logName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(test-template-invocation|dynamic-test):#(\\d+)]$")
                .matcher(context.getUniqueId());
        if (m.find()) {
            name += "-" + m.group(2);
        }
        return name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".ndjson";
    }
}
