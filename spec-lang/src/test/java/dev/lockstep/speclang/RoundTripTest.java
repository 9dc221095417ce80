package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lockstep.speclang.ast.AstDump;
import dev.lockstep.speclang.print.SpecPrinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** parse(print(ast)) == ast (ranges aside) for every accepted corpus file and example spec; printing is idempotent. */
class RoundTripTest {

    @TestFactory
    Stream<DynamicTest> printThenParseGivesTheSameTree() {
        List<Path> files = new ArrayList<>(Corpus.positive());
        files.addAll(Corpus.specFiles());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            ParseResult first = SpecParser.parse(p);
            assertFalse(first.hasErrors(), () -> first.diagnostics().toString());
            String printed = SpecPrinter.print(first.module().orElseThrow(), first.algorithm().orElse(null));
            ParseResult second = SpecParser.parse(printed, p);
            assertFalse(second.hasErrors(), () -> second.diagnostics() + "\n" + printed);
            assertEquals(AstDump.dump(first.module().orElseThrow()), AstDump.dump(second.module().orElseThrow()), printed);
            assertEquals(first.algorithm().map(AstDump::dump), second.algorithm().map(AstDump::dump), printed);
            String again = SpecPrinter.print(second.module().orElseThrow(), second.algorithm().orElse(null));
            assertEquals(printed, again, "printing is not idempotent");
        }));
    }
}
