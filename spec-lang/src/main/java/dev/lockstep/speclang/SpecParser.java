package dev.lockstep.speclang;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.internal.AstBuilder;
import dev.lockstep.speclang.internal.DefinitionBreaks;
import dev.lockstep.speclang.internal.DeadEndPrediction;
import dev.lockstep.speclang.internal.JunctionTokenSource;
import dev.lockstep.speclang.internal.PlusCalBuilder;
import dev.lockstep.speclang.internal.ShortcutPrediction;
import dev.lockstep.speclang.internal.SyntaxErrors;
import dev.lockstep.speclang.internal.TLAPlusLexer;
import dev.lockstep.speclang.internal.TLAPlusParser;
import dev.lockstep.speclang.internal.Tokens;
import dev.lockstep.speclang.internal.UncalledMacros;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses TLA+ modules and the PlusCal algorithm in their comments into the typed AST of
 * {@link dev.lockstep.speclang.ast}. Stateless and thread-safe: every call builds its own lexer and
 * parser. Never throws on bad input: problems come back as diagnostics in the {@link ParseResult}.
 */
public final class SpecParser {
    private static final Pattern ALGORITHM_HEADER = Pattern.compile("--(fair\\s+)?algorithm\\s+\\w+\\s*");
    private static final int MAX_SYNTAX_ERRORS = 100;

    private SpecParser() {
    }

    /** Reads {@code file} as UTF-8 and parses it; a missing or unreadable file is a diagnostic. */
    public static ParseResult parse(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return failed(file, DiagnosticCode.LS001_FILE_NOT_FOUND, "file not found: " + file);
        } catch (CharacterCodingException e) {
            return failed(file, DiagnosticCode.LS002_FILE_UNREADABLE, "not a UTF-8 text file: " + file);
        } catch (IOException e) {
            return failed(file, DiagnosticCode.LS002_FILE_UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file);
    }

    private static ParseResult failed(Path file, DiagnosticCode code, String message) {
        return new ParseResult(file, "", List.of(), Optional.empty(), List.of(Diagnostic.error(code, null, message)));
    }

    /** Parses {@code text}; {@code file} (may be null) is only used in source ranges. */
    public static ParseResult parse(String text, Path file) {
        return parse(text, file, true, () -> { });
    }

    /**
     * As {@link #parse(String, Path)}, for tests: {@code shortcuts} false means ANTLR's prediction
     * only; {@code onFallback} runs whenever the SLL stage fails and the LL stage parses again.
     */
    static ParseResult parse(String text, Path file, boolean shortcuts, Runnable onFallback) {
        List<Diagnostic> diags = new ArrayList<>();
        CodePointCharStream input = charStream(text, file);
        TLAPlusLexer lexer = new TLAPlusLexer(input);
        lexer.removeErrorListeners();
        lexer.source = input.size() == text.length() ? text : null;
        JunctionTokenSource source = new JunctionTokenSource(lexer, text, Integer.MAX_VALUE, file, diags);
        CommonTokenStream tokens = new CommonTokenStream(source);
        List<Module> modules = new ArrayList<>();
        try {
            TLAPlusParser.FileContext tree = parseTwoStage(tokens, file, diags, TLAPlusParser::file, shortcuts, onFallback);
            if (tree.module().isEmpty()) {
                boolean anySyntax = diags.stream().anyMatch(d -> d.code() == DiagnosticCode.LS102_SYNTAX_ERROR);
                if (!anySyntax || tokens.size() <= 1) {
                    diags.clear();
                    diags.add(Diagnostic.error(DiagnosticCode.LS104_NO_MODULE, SourceRange.at(file, 0, 0),
                            "no module found: expected a '---- MODULE Name ----' header"));
                }
            }
            AstBuilder builder = new AstBuilder(file, diags);
            modules.addAll(builder.file(tree));
            firstDefinitionBreak(tokens, file, diags);
            source.reportMisindented(diags);
            builder.reportDeferred();
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error(DiagnosticCode.LS106_TOO_DEEP, SourceRange.at(file, 0, 0),
                    "the module is nested too deeply to parse"));
        }
        Optional<Algorithm> algorithm = Optional.empty();
        int found = findAlgorithm(text, 0);
        if (found >= 0) {
            tokens.fill();
            List<Token> all = tokens.getTokens();
            int k = 0;
            boolean bmp = input.size() == text.length();
            do {
                // the block comment holding this occurrence, if any (tokens are in text order)
                int at = bmp ? found : text.codePointCount(0, found);
                while (k < all.size() && all.get(k).getStopIndex() < at) {
                    k++;
                }
                if (k < all.size() && all.get(k).getType() == TLAPlusLexer.BLOCK_COMMENT && all.get(k).getStartIndex() <= at) {
                    Token t = all.get(k);
                    int commentStart = bmp ? t.getStartIndex() : text.offsetByCodePoints(0, t.getStartIndex());
                    algorithm = parseAlgorithm(text, input, t, found - commentStart, file, diags, shortcuts, onFallback);
                    break;
                }
                found = findAlgorithm(text, found + 2);
            } while (found >= 0);
        }
        if (lexer.unterminatedComment) {
            diags.add(Diagnostic.error(DiagnosticCode.LS101_LEXICAL_ERROR,
                    SourceRange.of(file, lexer.unterminatedLine - 1, lexer.unterminatedColumn, lexer.unterminatedLine - 1,
                            lexer.unterminatedColumn + 2), "a block comment '(*' is never closed"));
        }
        checkModuleName(file, modules, diags);
        diags.sort(Comparator.comparing((Diagnostic d) -> d.range() == null ? null : d.range().start(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ParseResult(file, text, modules, algorithm, diags);
    }

    /**
     * SANY's parser fails where its own marks of definitions' beginnings fall wrong
     * ({@link DefinitionBreaks}): that place is reported when the parser found no error before it.
     * SANY's lexer fails on a {@code ;} that one of those scans reaches, before the parser's errors
     * after the scan's start.
     */
    private static void firstDefinitionBreak(CommonTokenStream tokens, Path file, List<Diagnostic> diags) {
        tokens.fill();
        DefinitionBreaks.firstFailure(tokens.getTokens(), file).ifPresent(d -> {
            boolean earlier = diags.stream().anyMatch(x -> x.isError() && x.range() != null
                    && x.range().start().compareTo(d.range().start()) <= 0);
            if (!earlier) {
                diags.add(d);
            }
        });
        DefinitionBreaks.scannedSemicolon(tokens.getTokens()).ifPresent(s -> {
            // SANY's lexer fails on the ';' while its parser scans ahead from the call token: the
            // parser's errors after that token are never reached
            SourceRange at = Tokens.range(file, s.semicolon());
            SourcePosition call = s.call() == null ? null : Tokens.range(file, s.call()).start();
            boolean earlier = diags.stream().anyMatch(x -> x.isError() && x.range() != null && call != null
                    && x.range().start().compareTo(call) <= 0);
            if (!earlier) {
                diags.removeIf(x -> x.code() == DiagnosticCode.LS102_SYNTAX_ERROR && x.range() != null
                        && x.range().start().compareTo(at.start()) <= 0);
                diags.add(Diagnostic.error(DiagnosticCode.LS101_LEXICAL_ERROR, at, "';' is no TLA+ token (it belongs in a"
                        + " PlusCal algorithm, inside a comment): SANY's lexer fails here"));
            }
        });
    }

    /**
     * Whether {@code text} holds a PlusCal algorithm's header ({@code --algorithm} or
     * {@code --fair algorithm}), as the PlusCal translator looks for one: the one test of it.
     */
    public static boolean hasAlgorithm(String text) {
        return findAlgorithm(text, 0) >= 0;
    }

    /**
     * The index of the first match of {@code --(fair\s+)?algorithm\b} at or after {@code from}, or -1.
     * Looks for "algorithm" with {@link String#indexOf} and checks what surrounds it: much cheaper
     * than the regular expression, which tries every "--" of the text.
     */
    static int findAlgorithm(String text, int from) {
        int i = text.indexOf("algorithm", from);
        while (i >= 0) {
            int after = i + "algorithm".length();
            boolean boundary = after >= text.length() || !isWordChar(text.codePointAt(after));
            if (boundary) {
                if (i >= 2 && i - 2 >= from && text.startsWith("--", i - 2)) {
                    return i - 2;
                }
                int j = i;
                while (j > 0 && isRegexSpace(text.charAt(j - 1))) {
                    j--;
                }
                if (j < i && j >= 6 && j - 6 >= from && text.startsWith("--fair", j - 6)) {
                    return j - 6;
                }
            }
            i = text.indexOf("algorithm", i + 1);
        }
        return -1;
    }

    /** A word character as {@code \b} sees it (java.util.regex: letters, digits and '_'). */
    private static boolean isWordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void checkModuleName(Path file, List<Module> modules, List<Diagnostic> diags) {
        if (file == null || modules.isEmpty() || file.getFileName() == null) {
            return;
        }
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".tla")) {
            return;
        }
        String expected = fileName.substring(0, fileName.length() - 4);
        Module root = modules.get(0);
        if (!root.name().text().isEmpty() && !root.name().text().equals(expected)) {
            diags.add(Diagnostic.error(DiagnosticCode.LS105_MODULE_NAME_MISMATCH, root.name().range(),
                    "module '" + root.name().text() + "' must be in a file named " + root.name().text() + ".tla"));
        }
    }

    /**
     * The text as ANTLR's char stream. Text without characters above U+00FF (most specs) goes
     * straight into a byte buffer: CharStreams.fromString would copy it twice on the way.
     */
    private static CodePointCharStream charStream(String text, Path file) {
        String name = file == null ? "<text>" : file.toString();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return CharStreams.fromString(text, name);
            }
        }
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        return CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(java.nio.ByteBuffer.wrap(latin1)), name);
    }

    /** Parses the algorithm in {@code comment}, lexing {@code input} (the whole text) from there. */
    private static Optional<Algorithm> parseAlgorithm(String text, CodePointCharStream input, Token comment,
                                                      int offsetInComment, Path file,
                                                      List<Diagnostic> diags, boolean shortcuts,
                                                      Runnable onFallback) {
        String body = comment.getText();
        int startCp = comment.getStartIndex() + body.codePointCount(0, offsetInComment);
        int end = algorithmEnd(body, offsetInComment);
        int endCp = comment.getStartIndex() + body.codePointCount(0, end);
        // position of the start
        int line = comment.getLine();
        int col = comment.getCharPositionInLine();
        for (int i = 0; i < offsetInComment; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        input.seek(startCp);
        TLAPlusLexer lexer = new TLAPlusLexer(input);
        lexer.removeErrorListeners();
        lexer.source = input.size() == text.length() ? text : null;
        lexer.pluscal = true;
        lexer.startInModule();
        lexer.setLine(line);
        lexer.setCharPositionInLine(col);
        List<Diagnostic> local = new ArrayList<>();
        JunctionTokenSource source = new JunctionTokenSource(lexer, text, endCp, file, local);
        CommonTokenStream tokens = new CommonTokenStream(source);
        try {
            TLAPlusParser.AlgorithmContext tree = parseTwoStage(tokens, file, local, TLAPlusParser::algorithm, shortcuts, onFallback);
            Optional<SourcePosition> firstError = local.stream().filter(d -> d.isError() && d.range() != null)
                    .map(d -> d.range().start()).min(SourcePosition::compareTo);
            if (firstError.isPresent()) {
                tokens.fill();
                UncalledMacros.Relaxed relaxed = UncalledMacros.relax(tokens.getTokens());
                if (relaxed.covers(firstError.get())) {
                    // pcal.trans drops a macro no statement calls without parsing its expressions;
                    // a syntax error that remains is one pcal.trans reports too: keep the first parse's
                    List<Diagnostic> again = new ArrayList<>();
                    TLAPlusParser.AlgorithmContext retried = parseTwoStage(
                            new CommonTokenStream(new ListTokenSource(relaxed.tokens())), file, again,
                            TLAPlusParser::algorithm, shortcuts, onFallback);
                    if (again.stream().noneMatch(Diagnostic::isError)) {
                        tree = retried;
                        local.removeIf(d -> d.code() == DiagnosticCode.LS102_SYNTAX_ERROR);
                        local.addAll(again);
                        for (UncalledMacros.Macro m : relaxed.macros()) {
                            // a note, not a warning: neither tool warns, and Lockstep checks no more than they do
                            local.add(new Diagnostic(DiagnosticCode.LS303_PLUSCAL_SYNTAX, Severity.INFO,
                                    Tokens.range(file, m.name()), "macro '" + m.name().getText()
                                            + "' is called nowhere: pcal.trans drops it, so the expressions of its"
                                            + " assignments are not checked (neither SANY nor TLC sees them)", List.of()));
                        }
                    }
                }
            }
            Algorithm a;
            try {
                a = new PlusCalBuilder(file, local).algorithm(tree);
                source.reportMisindented(local);
            } catch (RuntimeException e) {
                if (local.stream().noneMatch(Diagnostic::isError)) {
                    throw e;
                }
                diags.addAll(local.stream().map(SpecParser::asPlusCal).toList());
                return Optional.empty();
            }
            for (Diagnostic d : local) {
                diags.add(asPlusCal(d));
            }
            boolean syntaxOk = local.stream().noneMatch(Diagnostic::isError);
            if (syntaxOk) {
                diags.addAll(PlusCalChecks.check(a));
            }
            return Optional.of(a);
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error(DiagnosticCode.LS106_TOO_DEEP, SourceRange.at(file, line - 1, col),
                    "the algorithm is nested too deeply to parse"));
            return Optional.empty();
        }
    }

    private static final Pattern END_ALGORITHM = Pattern.compile("\\bend\\s+algorithm\\b\\s*;?");

    /**
     * Where the algorithm ends inside its comment: after {@code end algorithm[;]} (P-syntax) or the
     * brace matching the first one (C-syntax); else the end of the comment without {@code *)} and
     * trailing asterisks. Text after the algorithm in the same comment is not PlusCal.
     */
    static int algorithmEnd(String comment, int start) {
        int limit = comment.length() - 2;
        Matcher header = ALGORITHM_HEADER.matcher(comment);
        int after = header.find(start) ? skipComments(comment, header.end(), limit) : limit;
        boolean cSyntax = after < limit && comment.charAt(after) == '{';
        if (cSyntax) {
            int depth = 0;
            for (int i = after; i < limit; i++) {
                char c = comment.charAt(i);
                if (c == '(' && comment.startsWith("(*", i)) {
                    i = skipComments(comment, i, limit) - 1;
                } else if (c == '"') {
                    int j = i + 1;
                    while (j < limit && comment.charAt(j) != '"' && comment.charAt(j) != '\n') {
                        j += comment.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = j;
                } else if (c == '\\' && i + 1 < limit && comment.charAt(i + 1) == '*') {
                    while (i < limit && comment.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i + 1;
                }
            }
        } else {
            Matcher m = END_ALGORITHM.matcher(comment);
            if (m.find(start) && m.end() <= limit) {
                return m.end();
            }
        }
        int end = limit;
        while (end > start && (comment.charAt(end - 1) == '*' || Character.isWhitespace(comment.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /** The index of the first character at or after {@code i} that is not whitespace or a comment. */
    private static int skipComments(String s, int i, int limit) {
        while (i < limit) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("\\*", i)) {
                while (i < limit && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("(*", i)) {
                int depth = 0;
                while (i < limit) {
                    if (s.startsWith("(*", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith("*)", i)) {
                        i += 2;
                        if (--depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static Diagnostic asPlusCal(Diagnostic d) {
        return d.code() == DiagnosticCode.LS102_SYNTAX_ERROR
                ? new Diagnostic(DiagnosticCode.LS303_PLUSCAL_SYNTAX, d.severity(), d.range(), d.message(), d.related())
                : d;
    }

    /**
     * SLL first (fast, enough for almost every input; with {@link ShortcutPrediction}'s table lookups),
     * full LL with ANTLR's own prediction and error recovery on failure.
     */
    private static <T extends ParserRuleContext> T parseTwoStage(CommonTokenStream tokens, Path file,
                                                                List<Diagnostic> diags,
                                                                Function<TLAPlusParser, T> rule,
                                                                boolean shortcuts, Runnable onFallback) {
        TLAPlusParser parser = new TLAPlusParser(tokens);
        parser.removeErrorListeners();
        if (shortcuts) {
            parser.setInterpreter(new ShortcutPrediction(parser));
        }
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            onFallback.run();
            tokens.seek(0);
            parser = new TLAPlusParser(tokens);
            parser.removeErrorListeners();
            parser.addErrorListener(new SyntaxErrors(file, diags, MAX_SYNTAX_ERRORS));
            parser.setInterpreter(new DeadEndPrediction(parser));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return rule.apply(parser);
        }
    }

    /** Parses a single expression (for tools that take TLA+ expressions, e.g. trace mappings). */
    public static ExpressionResult parseExpression(String text) {
        ParseResult r = parse("---- MODULE Expression ----\nExpression ==\n" + text + "\n====\n", null);
        Expr e = r.module().flatMap(m -> m.units().stream()
                .filter(u -> u instanceof dev.lockstep.speclang.ast.Unit.OperatorDef)
                .map(u -> ((dev.lockstep.speclang.ast.Unit.OperatorDef) u).body()).findFirst()).orElse(null);
        return new ExpressionResult(e, r.diagnostics());
    }

    /** An expression and the diagnostics of parsing it (ranges count from a two-line prefix). */
    public record ExpressionResult(Expr expr, List<Diagnostic> diagnostics) {
        public ExpressionResult {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }
}
