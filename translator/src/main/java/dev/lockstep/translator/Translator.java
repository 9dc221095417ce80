package dev.lockstep.translator;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.resolve.CheckedSpec;
import dev.lockstep.speclang.resolve.Level;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.translator.analysis.ConfigOverrides;
import dev.lockstep.translator.analysis.SourceText;
import dev.lockstep.translator.analysis.SpecFlattener;
import dev.lockstep.translator.analysis.SpecModel;
import dev.lockstep.translator.emit.SkeletonEmitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Projects a spec into Java skeletons (see {@link SkeletonEmitter} for the files). The entry point
 * of the generate stage is {@link #generate(GenerateRequest)}: it reads the configuration, parses
 * the spec, translates a stale PlusCal algorithm and projects; the surfaces (the CLI's
 * {@code generate}, the Maven plugin's {@code lockstep:generate}) only render its result. It
 * returns the files and diagnostics; {@link OutputDirectory} writes them. Stateless and
 * thread-safe.
 */
public final class Translator {
    private Translator() {
    }

    /**
     * The generate pipeline: the configuration ({@link GenerateRequest#config()}, else the sibling
     * {@code SPEC.cfg} if it exists) read by TLC's grammar, the spec parsed, its PlusCal algorithm
     * translated afresh when the module's translation is missing or out of date (warning
     * {@code LS302}), then the projection. User errors are diagnostics: a missing spec or
     * configuration ({@code LS001}), configuration errors ({@code LS5xx}), parse and PlusCal errors.
     */
    public static GenerateResult generate(GenerateRequest req) throws InterruptedException {
        return GeneratePipeline.run(req);
    }

    /**
     * Generates the skeleton of {@code parsed}'s root module.
     *
     * @param parsed      the spec as spec-lang parsed it (errors are passed through, no files)
     * @param javaPackage the package of the generated classes
     * @param config      the model configuration, if any (constants, INIT/NEXT)
     * @param configText  the configuration's text, part of the checksum (empty without one)
     */
    public static Generation generate(ParseResult parsed, String javaPackage, Optional<ModelConfig> config,
                                      String configText) {
        return generate(parsed, javaPackage, config, configText, List.of());
    }

    /**
     * Generates the skeleton of {@code parsed}'s root module, reading the modules it extends from
     * its folder, then from {@code libraryDirs} ({@code --library}), then from Lockstep's own library
     * of community modules, whose TLA+ definitions are translated like the spec's.
     */
    public static Generation generate(ParseResult parsed, String javaPackage, Optional<ModelConfig> config,
                                      String configText, List<Path> libraryDirs) {
        String sha = checksum(parsed.text(), configText);
        List<Diagnostic> diags = new ArrayList<>();
        if (parsed.hasErrors() || parsed.module().isEmpty()) {
            diags.addAll(parsed.diagnostics());
            return new Generation(List.of(), sha, List.of(), List.of(), diags, Generation.Typing.NONE);
        }
        Module module = parsed.module().get();
        Path dir = parsed.file() == null ? null : parsed.file().toAbsolutePath().getParent();
        // beside the spec, then the library folders, then Lockstep's library: the order check uses
        ModuleLoader modules = ModuleLoader.searchPath(dir, libraryDirs);
        SpecFlattener flattener = new SpecFlattener(modules);
        Module whole = flattener.flatten(module);
        // entries scoped to a module (NoHash = [Hashes] NoHashVal) apply to the definitions from it
        config = config.map(c -> c.inModules(flattener.origins()));
        if (!flattener.sources().isEmpty()) {
            // the other modules are part of the spec: a change in any of them makes the code stale
            StringBuilder all = new StringBuilder(parsed.text());
            flattener.sources().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> all.append('\0').append(e.getValue()));
            sha = checksum(all.toString(), configText);
        }
        // the levels of the definitions, as spec-lang's level checker finds them (the checked phase)
        Map<String, Level> levels = CheckedSpec.of(parsed, modules).definitionLevels();
        if (config.isPresent()) {
            whole = ConfigOverrides.apply(whole, config.get().constants().keySet(), config.get().substituted());
            levels = ConfigOverrides.levels(levels, config.get().constants().keySet(), config.get().substituted());
        }
        SpecModel spec = new SpecModel(whole, new SourceText(parsed.text(), flattener.sources()), levels,
                flattener.libraryDefinitions());
        if (parsed.algorithm().isPresent() && spec.definition("Next") == null
                && config.flatMap(ModelConfig::next).isEmpty() && config.flatMap(ModelConfig::specification).isEmpty()) {
            diags.add(Diagnostic.error(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION,
                    parsed.algorithm().get().range(),
                    "the PlusCal algorithm has no TLA+ translation in the module; translate it first "
                            + "(lockstep translate, or java -cp tla2tools.jar pcal.trans)"));
            return new Generation(List.of(), sha, List.of(), List.of(), diags, Generation.Typing.NONE);
        }
        String fileName = parsed.file() == null || parsed.file().getFileName() == null
                ? module.name().text() + ".tla" : parsed.file().getFileName().toString();
        Generation g = new SkeletonEmitter(spec, javaPackage, fileName, sha, config).generate();
        if (parsed.file() != null) {
            return withFile(g, parsed.file());
        }
        return g;
    }

    /** Diagnostics without a range get one at the top of the spec file, so they print with a path. */
    private static Generation withFile(Generation g, java.nio.file.Path file) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : g.diagnostics()) {
            out.add(d.range() != null ? d : new Diagnostic(d.code(), d.severity(), SourceRange.at(file, 0, 0),
                    d.message(), d.related()));
        }
        return new Generation(g.files(), g.specSha256(), g.actions(), g.untranslated(), out, g.typing());
    }

    /** SHA-256 (hex) of the spec text and the configuration text, as recorded in generated files. */
    public static String checksum(String specText, String configText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(specText.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(configText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
