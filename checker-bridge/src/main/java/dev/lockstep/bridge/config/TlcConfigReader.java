package dev.lockstep.bridge.config;

import dev.lockstep.bridge.config.ConfigLexer.Kind;
import dev.lockstep.bridge.config.ConfigLexer.Token;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of TLC model configurations in Lockstep. It accepts exactly what TLC's own reader
 * ({@code tlc2.tool.impl.ModelConfig}) accepts, and reads it the same way, token by token:
 * <ul>
 *   <li>a section starts with a keyword; INIT, NEXT, SPECIFICATION, SYMMETRY, VIEW, ALIAS,
 *       POSTCONDITION, TYPE and TYPE_CONSTRAINT take one name and may appear once; INVARIANT(S),
 *       PROPERTY/PROPERTIES, CONSTRAINT(S) and ACTION_CONSTRAINT(S) take names up to the next
 *       keyword and may repeat; CHECK_DEADLOCK takes TRUE or FALSE once;</li>
 *   <li>CONSTANT(S) takes entries up to the next keyword: {@code name = value},
 *       {@code name = [Mod] value}, {@code name(v1, v2) = value}, {@code name <- Def},
 *       {@code name <- [Mod] Def}; a name may be a path {@code a!b};</li>
 *   <li>a value is a non-negative integer, a string, TRUE, FALSE, a set {@code {v, ...}} or any
 *       other single token, which is then a model value;</li>
 *   <li>where TLA+'s lexer fails (a character like {@code ;}, an unclosed comment) TLC sees the end
 *       of the file: the rest is ignored, which Lockstep reports as a warning.</li>
 * </ul>
 * ALIAS and POSTCONDITION are keywords of TLC 1.8; TLC 2.18 of the 1.7 branch (the bundled one)
 * reads TYPE and TYPE_CONSTRAINT instead. Lockstep reads all of them. Like TLC, reading stops at the
 * first error. The reader is stateless; a {@link TlcConfig} is immutable.
 */
public final class TlcConfigReader {

    /** The result of reading: the configuration (as far as it was read) and what was wrong. */
    public record Parsed(TlcConfig config, List<Diagnostic> diagnostics) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Section keywords: a name list ends at any of them. */
    public static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "CONSTRAINT", "CONSTRAINTS",
            "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "INVARIANT", "INVARIANTS", "INIT", "NEXT", "VIEW", "SYMMETRY",
            "SPECIFICATION", "PROPERTY", "PROPERTIES", "TYPE", "TYPE_CONSTRAINT", "CHECK_DEADLOCK", "ALIAS",
            "POSTCONDITION");

    private static final Map<String, String> LISTS = Map.of("INVARIANTS", "INVARIANT", "PROPERTIES", "PROPERTY",
            "CONSTRAINTS", "CONSTRAINT", "ACTION_CONSTRAINTS", "ACTION_CONSTRAINT");
    private static final Set<String> SINGLES = Set.of("INIT", "NEXT", "SPECIFICATION", "VIEW", "SYMMETRY", "ALIAS",
            "POSTCONDITION", "TYPE", "TYPE_CONSTRAINT");

    private TlcConfigReader() {
    }

    /** Reads a configuration file; an unreadable file is an error diagnostic. */
    public static Parsed read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Parsed(TlcConfig.empty(), List.of(Diagnostic.error(DiagnosticCode.LS002_FILE_UNREADABLE, null,
                    file + ": cannot read the configuration file")));
        }
    }

    /** Reads configuration text; {@code file} (may be null) locates the diagnostics. */
    public static Parsed parse(String text, Path file) {
        return new Run(ConfigLexer.tokenize(text), file).parse();
    }

    /** Thrown inside one parse for the first error, as TLC stops at its first error. */
    private static final class Stop extends Exception {
        final transient Diagnostic diagnostic;

        Stop(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    /** One parse: a cursor over the tokens and the sections read so far. */
    private static final class Run {
        private final ConfigLexer.Result lexed;
        private final List<Token> toks;
        private final Path file;
        private int i;
        private final List<ConstantEntry> constants = new ArrayList<>();
        private final java.util.Map<String, Named> singles = new java.util.HashMap<>();
        private final java.util.Map<String, List<Named>> lists = new java.util.HashMap<>();
        private Boolean checkDeadlock;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Run(ConfigLexer.Result lexed, Path file) {
            this.lexed = lexed;
            this.toks = lexed.tokens();
            this.file = file;
            for (String l : LISTS.values()) {
                lists.put(l, new ArrayList<>());
            }
        }

        Parsed parse() {
            try {
                while (!atEof()) {
                    section();
                }
                if (lexed.stoppedAt() != null) {
                    diagnostics.add(Diagnostic.warning(DiagnosticCode.LS504_CONFIG_MISREAD, range(lexed.stoppedAt()),
                            lexed.reason() + "; TLC reads the configuration only up to here and ignores the rest"));
                }
            } catch (Stop s) {
                diagnostics.add(s.diagnostic);
            }
            TlcConfig c = new TlcConfig(constants, single("INIT"), single("NEXT"), single("SPECIFICATION"),
                    lists.get("INVARIANT"), lists.get("PROPERTY"), lists.get("CONSTRAINT"), lists.get("ACTION_CONSTRAINT"),
                    single("SYMMETRY"), single("VIEW"), single("ALIAS"), single("POSTCONDITION"), single("TYPE"),
                    single("TYPE_CONSTRAINT"), Optional.ofNullable(checkDeadlock));
            return new Parsed(c, diagnostics);
        }

        private Optional<Named> single(String k) {
            return Optional.ofNullable(singles.get(k));
        }

        private void section() throws Stop {
            Token kw = toks.get(i++);
            String k = kw.text();
            if (SINGLES.contains(k)) {
                Token t = expectAny("the keyword " + k + " must be followed by a name", kw);
                if (singles.putIfAbsent(k, new Named(t.text(), range(t))) != null) {
                    throw error(kw, "the keyword " + k + " appears twice");
                }
            } else if (k.equals("CHECK_DEADLOCK")) {
                Token t = expectAny("CHECK_DEADLOCK must be followed by TRUE or FALSE", kw);
                if (!t.text().equals("TRUE") && !t.text().equals("FALSE")) {
                    throw error(t, "CHECK_DEADLOCK must be followed by TRUE or FALSE, not '" + t.text() + "'");
                }
                if (checkDeadlock != null) {
                    throw error(kw, "the keyword CHECK_DEADLOCK appears twice");
                }
                checkDeadlock = t.text().equals("TRUE");
            } else if (k.equals("CONSTANT") || k.equals("CONSTANTS")) {
                while (!atEof() && !KEYWORDS.contains(toks.get(i).text())) {
                    constants.add(constantEntry());
                }
            } else if (lists.containsKey(LISTS.getOrDefault(k, k))) {
                List<Named> l = lists.get(LISTS.getOrDefault(k, k));
                while (!atEof() && !KEYWORDS.contains(toks.get(i).text())) {
                    Token t = toks.get(i++);
                    l.add(new Named(t.text(), range(t)));
                }
            } else {
                throw error(kw, "expected a keyword (CONSTANT, INIT, NEXT, SPECIFICATION, INVARIANT, PROPERTY, ...), found '"
                        + k + "'");
            }
        }

        private ConstantEntry constantEntry() throws Stop {
            Token first = toks.get(i++);
            StringBuilder name = new StringBuilder(first.text());
            Token last = first;
            Token t = next();
            if (t == null) {
                throw notAnEntry(first, eofToken(first), first.text());
            }
            while (t.text().equals("!")) {
                last = expectAny("expected a name after !", t);
                name.append('!').append(last.text());
                t = expectAny("expected = or <- after " + name, last);
            }
            SourceRange nameRange = SourceRange.of(file, first.line(), first.column(), last.endLine(), last.endColumn());
            if (t.text().equals("<-")) {
                Token d = expectAny("expected a definition after <-", t);
                Optional<String> module = Optional.empty();
                if (d.text().equals("[")) {
                    Token mod = expectAny("expected a module name after <-[", d);
                    Token close = expectAny("expected ] after <-[" + mod.text(), mod);
                    if (!close.text().equals("]")) {
                        throw error(close, "expected ] after <-[" + mod.text() + ", found '" + close.text() + "'");
                    }
                    module = Optional.of(mod.text());
                    d = expectAny("expected a definition after <-[" + mod.text() + "]", close);
                }
                return new ConstantEntry.Substitution(name.toString(), nameRange, module, d.text(), range(d));
            }
            List<ConfigValue> args = new ArrayList<>();
            if (t.text().equals("(")) {
                while (true) {
                    args.add(value(next(), t));
                    t = next();
                    if (t == null || !t.text().equals(",")) {
                        break;
                    }
                }
                if (t == null || !t.text().equals(")")) {
                    throw error(t == null ? eofToken(first) : t, "expected ) after the arguments of " + name);
                }
                t = expectAny("expected = after " + name + "(...)", t);
            }
            if (!t.text().equals("=")) {
                throw notAnEntry(first, t, name.toString());
            }
            Token v = next();
            Optional<String> module = Optional.empty();
            if (v != null && v.text().equals("[")) {
                Token mod = expectAny("expected a module name after =[", v);
                Token close = expectAny("expected ] after =[" + mod.text(), mod);
                if (!close.text().equals("]")) {
                    throw error(close, "expected ] after =[" + mod.text() + ", found '" + close.text() + "'");
                }
                module = Optional.of(mod.text());
                v = next();
            }
            return new ConstantEntry.Assignment(name.toString(), nameRange, args, module, value(v, t));
        }

        /** The error for a CONSTANT entry {@code name} (first token {@code first}) without = or <- at {@code t}. */
        private Stop notAnEntry(Token first, Token t, String name) {
            int at = toks.indexOf(first);
            if (first.kind() == Kind.NUMBER && at > 0 && isMinusBefore(toks.get(at - 1), first)) {
                return error(toks.get(at - 1), "TLC reads no negative integers in a configuration (-" + first.text()
                        + " is the model value '-' and then " + first.text() + "); define the value in the spec"
                        + " (MinusOne == -1) and substitute it (N <- MinusOne)");
            }
            return error(t, "expected = or <- after " + name + (t.text().isEmpty() ? "" : ", found '" + t.text() + "'"));
        }

        /** A value starting at token {@code t} (null: end of file); {@code before} locates errors. */
        private ConfigValue value(Token t, Token before) throws Stop {
            if (t == null) {
                throw error(eofToken(before), "expected a value");
            }
            if (t.kind() == Kind.NUMBER) {
                try {
                    return new ConfigValue.Int(Integer.parseInt(t.text()), range(t));
                } catch (NumberFormatException e) {
                    throw error(t, "TLC reads only integers from 0 to 2147483647 written in decimal in a configuration, not "
                            + t.text());
                }
            }
            if (t.kind() == Kind.STRING) {
                return new ConfigValue.Str(t.text().substring(1, t.text().length() - 1), range(t));
            }
            if (t.text().equals("TRUE") || t.text().equals("FALSE")) {
                return new ConfigValue.Bool(t.text().equals("TRUE"), range(t));
            }
            if (t.text().equals("{")) {
                List<ConfigValue> elems = new ArrayList<>();
                Token u = next();
                if (u == null || !u.text().equals("}")) {
                    while (true) {
                        elems.add(value(u, t));
                        u = next();
                        if (u == null || !u.text().equals(",")) {
                            break;
                        }
                        u = next();
                    }
                }
                if (u == null || !u.text().equals("}")) {
                    throw error(u == null ? eofToken(t) : u, "expected } to close the set");
                }
                return new ConfigValue.SetOf(elems, SourceRange.of(file, t.line(), t.column(), u.endLine(), u.endColumn()));
            }
            int at = toks.indexOf(t);
            boolean minus = at + 1 < toks.size() && isMinusBefore(t, toks.get(at + 1));
            if (t.kind() != Kind.WORD && !minus) {
                diagnostics.add(Diagnostic.warning(DiagnosticCode.LS504_CONFIG_MISREAD, range(t),
                        "TLC reads '" + t.text() + "' as a model value; a value is a number, a string, TRUE, FALSE, a set or a name"));
            }
            return new ConfigValue.ModelValue(t.text(), range(t));
        }

        /** A '-' written right before a number: a negative integer as the user means it. */
        private static boolean isMinusBefore(Token minus, Token number) {
            return minus.text().equals("-") && number.kind() == Kind.NUMBER && minus.endLine() == number.line()
                    && minus.endColumn() == number.column();
        }

        private boolean atEof() {
            return i >= toks.size();
        }

        private Token next() {
            return atEof() ? null : toks.get(i++);
        }

        private Token expectAny(String message, Token before) throws Stop {
            Token t = next();
            if (t == null) {
                throw error(eofToken(before), message);
            }
            return t;
        }

        /** Where the end of input is reported: the lexer's stop, else just after {@code before}. */
        private Token eofToken(Token before) {
            if (lexed.stoppedAt() != null) {
                return lexed.stoppedAt();
            }
            return new Token(Kind.SYMBOL, "", before.endLine(), before.endColumn(), before.endLine(), before.endColumn());
        }

        private Stop error(Token at, String message) {
            String m = at == lexed.stoppedAt() ? message + " (" + lexed.reason() + ", where TLC stops reading)" : message;
            return new Stop(Diagnostic.error(DiagnosticCode.LS501_CONFIG, range(at), m));
        }

        private SourceRange range(Token t) {
            return SourceRange.of(file, t.line(), t.column(), t.endLine(), t.endColumn());
        }
    }
}
