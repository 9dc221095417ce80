package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Occurrence;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.AssumeNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.InstanceNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpArgNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SymbolNode;
import tla2sany.semantic.TheoremNode;
import tla2sany.semantic.ThmOrAssumpDefNode;
import tla2sany.st.Location;

/**
 * Turns SANY's semantic tree into a {@link SpecIndex}: definitions, every resolved use of a name
 * (with the name's own range, found in the source line), outlines, and module names after
 * {@code EXTENDS} and {@code INSTANCE}. Runs under {@link SpecAnalyzer}'s SANY lock, right after SANY.
 */
final class SanyIndexBuilder {
    private final SpecObj spec;
    private final ModuleSources sources;
    private final Map<Integer, Definition> definitions = new HashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    SanyIndexBuilder(SpecObj spec, ModuleSources sources) {
        this.spec = spec;
        this.sources = sources;
    }

    SpecIndex build(ModuleNode root) {
        registerInner(root);
        Map<Path, List<Symbol>> outlines = new HashMap<>();
        ModuleNode[] modules = spec.getExternalModuleTable().getModuleNodes();
        for (ModuleNode m : modules) {
            Path file = sources.fileOfModule(m.getName().toString());
            if (!file.startsWith(sources.std)) {
                outlines.computeIfAbsent(file, f -> new ArrayList<>()).add(outline(m));
            }
        }
        Set<Integer> visited = new HashSet<>();
        for (ModuleNode m : modules) {
            walk(m, visited);
        }
        moduleReferences(modules);
        occurrences.sort((a, b) -> {
            int c = String.valueOf(a.range().file()).compareTo(String.valueOf(b.range().file()));
            return c != 0 ? c : a.range().start().compareTo(b.range().start());
        });
        List<Definition> scope = new ArrayList<>();
        for (OpDeclNode d : root.getConstantDecls()) {
            definition(d).ifPresent(scope::add);
        }
        for (OpDeclNode d : root.getVariableDecls()) {
            definition(d).ifPresent(scope::add);
        }
        for (OpDefNode d : root.getOpDefs()) {
            if (SpecAnalyzer.IDENT.matcher(d.getName().toString()).matches()) {
                definition(d).ifPresent(scope::add);
            }
        }
        return new SpecIndex(sources.root, definitions, occurrences, outlines, scope);
    }

    private void registerInner(ModuleNode m) {
        for (ModuleNode inner : m.getInnerModules()) {
            sources.innerModules.put(inner.getName().toString(), sources.fileOfModule(m.getName().toString()));
            registerInner(inner);
        }
    }

    private Symbol outline(ModuleNode m) {
        String name = m.getName().toString();
        List<Symbol> children = new ArrayList<>();
        for (OpDeclNode d : m.getConstantDecls()) {
            if (definedIn(d, name)) {
                definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
            }
        }
        for (OpDeclNode d : m.getVariableDecls()) {
            if (definedIn(d, name)) {
                definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
            }
        }
        for (OpDefNode d : m.getOpDefs()) {
            if (definedIn(d, name) && d.getKind() == ASTConstants.UserDefinedOpKind && !d.getName().toString().contains("!")) {
                definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
            }
        }
        for (ThmOrAssumpDefNode d : m.getThmOrAssDefs()) {
            if (definedIn(d, name)) {
                definition(d).ifPresent(def -> children.add(symbol(def, List.of())));
            }
        }
        for (TheoremNode t : m.getTheorems()) {
            if (definedIn(t, name) && t.getDef() == null) {
                range(t.getLocation()).ifPresent(r -> children.add(new Symbol("THEOREM", Kind.THEOREM, "", r, startOf(r), List.of())));
            }
        }
        for (AssumeNode a : m.getAssumptions()) {
            if (definedIn(a, name) && a.getDef() == null) {
                range(a.getLocation()).ifPresent(r -> children.add(new Symbol("ASSUME", Kind.ASSUMPTION, "", r, startOf(r), List.of())));
            }
        }
        for (InstanceNode i : m.getInstances()) {
            if (definedIn(i, name)) {
                String n = i.getName() == null ? "INSTANCE " + i.getModule().getName() : i.getName() + " == INSTANCE " + i.getModule().getName();
                range(i.getLocation()).ifPresent(r -> children.add(new Symbol(n, Kind.INSTANCE, "", r, startOf(r), List.of())));
            }
        }
        for (ModuleNode inner : m.getInnerModules()) {
            children.add(outline(inner));
        }
        children.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        SourceRange whole = range(m.getLocation()).orElse(SourceRange.at(sources.fileOfModule(name), 0, 0));
        SourceRange nameRange = sources.findWord(whole.file(), name).orElse(startOf(whole));
        return new Symbol(name, Kind.MODULE, "module", whole, nameRange, children);
    }

    private static SourceRange startOf(SourceRange r) {
        return new SourceRange(r.file(), r.start(), r.start());
    }

    private Symbol symbol(Definition d, List<Symbol> children) {
        return new Symbol(d.name(), d.kind(), d.signature(), d.range(), d.nameRange(), children);
    }

    private static boolean definedIn(SemanticNode n, String module) {
        Location l = n.getLocation();
        return l != null && module.equals(l.source());
    }

    private Optional<SourceRange> range(Location l) {
        if (l == null || l.beginLine() <= 0 || l.source() == null || l.source().startsWith("--")) {
            return Optional.empty();
        }
        Path file = sources.fileOfModule(l.source());
        int endCol = Math.max(l.endColumn(), 0);
        return Optional.of(SourceRange.of(file, l.beginLine() - 1, Math.max(0, l.beginColumn() - 1),
                Math.max(l.beginLine() - 1, l.endLine() - 1), endCol));
    }

    /** The range of {@code name} inside {@code r}: searched from the start of its first line. */
    private SourceRange nameIn(SourceRange r, String name) {
        String[] ls = sources.linesOf(r.file());
        int line = r.start().line();
        if (line < ls.length) {
            int col = SpecAnalyzer.wordIndex(ls[line], name, Math.min(r.start().column(), ls[line].length()));
            if (col >= 0) {
                return SourceRange.of(r.file(), line, col, line, col + name.length());
            }
        }
        return null;
    }

    private Optional<Definition> definition(SymbolNode node) {
        SymbolNode target = node;
        if (node instanceof OpDefNode def && def.getSource() != null && def.getSource() != def) {
            target = def.getSource();
        }
        Definition known = definitions.get(target.getUid());
        if (known != null) {
            return Optional.of(known);
        }
        if (target.getKind() == ASTConstants.BuiltInKind || target.isBuiltIn()) {
            return Optional.empty();
        }
        Optional<SourceRange> whole = range(target.getLocation());
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        String name = target.getName().toString();
        String simple = name.contains("!") ? name.substring(name.lastIndexOf('!') + 1) : name;
        SourceRange nameRange = nameIn(whole.get(), simple);
        if (nameRange == null) {
            nameRange = startOf(whole.get());
        }
        Kind kind = kindOf(target);
        String module = target.getLocation().source();
        Definition d = new Definition(target.getUid(), name, kind, module, whole.get(), nameRange,
                signature(target, kind), comment(target));
        definitions.put(d.id(), d);
        return Optional.of(d);
    }

    private static Kind kindOf(SymbolNode n) {
        return switch (n.getKind()) {
            case ASTConstants.ConstantDeclKind -> Kind.CONSTANT;
            case ASTConstants.VariableDeclKind -> Kind.VARIABLE;
            case ASTConstants.ModuleKind -> Kind.MODULE;
            case ASTConstants.FormalParamKind -> Kind.PARAMETER;
            case ASTConstants.BoundSymbolKind -> Kind.BOUND;
            case ASTConstants.ThmOrAssumpDefKind -> Kind.THEOREM;
            case ASTConstants.ModuleInstanceKind -> Kind.INSTANCE;
            default -> Kind.OPERATOR;
        };
    }

    private String signature(SymbolNode n, Kind kind) {
        String name = n.getName().toString();
        return switch (kind) {
            case CONSTANT -> "CONSTANT " + name + params(n.getArity());
            case VARIABLE -> "VARIABLE " + name;
            case MODULE -> "MODULE " + name;
            case PARAMETER, BOUND -> name + params(n.getArity()) + "  (bound in " + n.getLocation().source() + ")";
            default -> {
                if (n instanceof OpDefNode def && def.getParams().length > 0) {
                    StringBuilder sb = new StringBuilder(name).append('(');
                    FormalParamNode[] ps = def.getParams();
                    for (int i = 0; i < ps.length; i++) {
                        sb.append(i > 0 ? ", " : "").append(ps[i].getName()).append(params(ps[i].getArity()));
                    }
                    yield sb.append(')').toString();
                }
                yield name;
            }
        };
    }

    private static String params(int arity) {
        if (arity <= 0) {
            return "";
        }
        return "(" + String.join(", ", java.util.Collections.nCopies(arity, "_")) + ")";
    }

    private static String comment(SymbolNode n) {
        try {
            String c = n.getPreCommentsAsString();
            if (c == null) {
                return "";
            }
            String s = c.replaceAll("\\(\\*+|\\*+\\)|\\\\\\*", "").strip();
            return s.replaceAll("(?m)^[ \\t]+", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Records every use of a name, depth-first, each node once. */
    private void walk(SemanticNode start, Set<Integer> visited) {
        ArrayDeque<SemanticNode> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            SemanticNode n = stack.pop();
            if (!visited.add(n.getUid())) {
                continue;
            }
            SymbolNode target = null;
            if (n instanceof OpApplNode appl) {
                target = appl.getOperator();
            } else if (n instanceof OpArgNode arg) {
                target = arg.getOp();
            }
            if (target != null) {
                use(n, target);
            }
            SemanticNode[] children = n.getChildren();
            if (children != null) {
                for (SemanticNode c : children) {
                    if (c != null && !(c instanceof ModuleNode)) {
                        stack.push(c);
                    }
                }
            }
        }
    }

    private void use(SemanticNode at, SymbolNode target) {
        if (target.isBuiltIn() || target.getKind() == ASTConstants.BuiltInKind) {
            return;
        }
        Optional<SourceRange> where = range(at.getLocation());
        if (where.isEmpty() || where.get().file().startsWith(sources.std)) {
            return;
        }
        String name = target.getName().toString();
        SourceRange r = nameIn(where.get(), name);
        if (r == null && name.contains("!")) {
            r = nameIn(where.get(), name.substring(name.lastIndexOf('!') + 1));
        }
        if (r == null) {
            return;
        }
        SourceRange nameRange = r;
        definition(target).ifPresent(d -> {
            if (!d.nameRange().equals(nameRange)) {
                occurrences.add(new Occurrence(nameRange, d.id()));
            }
        });
    }

    /** Module names after EXTENDS and INSTANCE link to the modules. */
    private void moduleReferences(ModuleNode[] modules) {
        Map<String, ModuleNode> byName = new HashMap<>();
        for (ModuleNode m : modules) {
            byName.put(m.getName().toString(), m);
        }
        Set<Path> files = new HashSet<>();
        for (ModuleNode m : modules) {
            Path f = sources.fileOfModule(m.getName().toString());
            if (!f.startsWith(sources.std)) {
                files.add(f);
            }
        }
        Pattern extendsLine = Pattern.compile("^\\s*(?:LOCAL\\s+)?EXTENDS\\s+(.*)$");
        Pattern instance = Pattern.compile("\\bINSTANCE\\s+([A-Za-z0-9_]+)");
        Pattern word = Pattern.compile("[A-Za-z0-9_]+");
        for (Path f : files) {
            String[] ls = sources.linesOf(f);
            for (int i = 0; i < ls.length; i++) {
                Matcher e = extendsLine.matcher(ls[i]);
                if (e.find()) {
                    Matcher w = word.matcher(ls[i]);
                    w.region(e.start(1), ls[i].length());
                    while (w.find()) {
                        moduleUse(byName.get(w.group()), f, i, w.start(), w.end());
                    }
                }
                Matcher in = instance.matcher(ls[i]);
                while (in.find()) {
                    moduleUse(byName.get(in.group(1)), f, i, in.start(1), in.end(1));
                }
            }
        }
    }

    private void moduleUse(ModuleNode m, Path file, int line, int start, int end) {
        if (m == null) {
            return;
        }
        Path target = sources.fileOfModule(m.getName().toString());
        String name = m.getName().toString();
        Definition d = definitions.computeIfAbsent(m.getUid(), uid -> {
            SourceRange nameRange = sources.findWord(target, name).orElse(SourceRange.at(target, 0, 0));
            SourceRange whole = range(m.getLocation()).orElse(nameRange);
            return new Definition(uid, name, Kind.MODULE, name, whole, nameRange, "MODULE " + name, comment(m));
        });
        occurrences.add(new Occurrence(SourceRange.of(file, line, start, line, end), d.id()));
    }
}
