package dev.lockstep.translator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void keywordsAndGeneratedNamesAreEscapedDeterministically() {
        assertEquals("class_", JavaNames.escape("class"));
        assertEquals("record_", JavaNames.escape("record"));
        assertEquals("s_", JavaNames.escape("s"));
        assertEquals("Tla_", JavaNames.escape("Tla"));
        assertEquals("_1st", JavaNames.escape("1st"));
        assertEquals("x", JavaNames.escape("x"));
        assertEquals(JavaNames.escape("class"), JavaNames.escape("class"));
    }

    @Test
    void everyEscapedNameIsALegalJavaIdentifier() {
        for (String kw : JavaNames.RESERVED) {
            String e = JavaNames.escape(kw);
            assertTrue(SourceVersion.isIdentifier(e) && !SourceVersion.isKeyword(e), e);
        }
        String hostile = "a\"+System.exit(1)+\"/*";
        String e = JavaNames.escape(hostile);
        assertTrue(SourceVersion.isIdentifier(e), e);
        assertFalse(e.contains("\"") || e.contains("(") || e.contains("/"), e);
    }

    @Test
    void freshNamesNeverCollideInAScope() {
        JavaNames n = new JavaNames();
        n.reserve("x");
        assertEquals("x_2", n.fresh("x"));
        assertEquals("x_3", n.fresh("x"));
        assertEquals("class_", n.fresh("class"));
        assertEquals("class__2", n.fresh("class_"));
    }

    @Test
    void typeNamesAndPackages() {
        assertEquals("TwoPhaseCommit", JavaNames.typeName("TwoPhaseCommit"));
        assertEquals("MySpec", JavaNames.typeName("my_spec"));
        assertEquals("Spec2pc", JavaNames.typeName("2pc"));
        assertTrue(JavaNames.isValidPackage("com.acme.bank"));
        assertFalse(JavaNames.isValidPackage("com.class.x"));
        assertFalse(JavaNames.isValidPackage("com..x"));
        assertFalse(JavaNames.isValidPackage("com.1x"));
        assertFalse(JavaNames.isValidPackage("com.x;import"));
    }

    @Test
    void specTextCannotEscapeStringsOrComments() {
        assertEquals("\"a\\\"b\\\\c\\n\\u00e9\"", JavaText.literal("a\"b\\c\né"));
        String c = JavaText.commentSafe("*/ \\union \\\\u0041 @param {@code x} <b>");
        assertFalse(c.contains("*/") || c.contains("\\u") || c.contains("@") || c.contains("<"), c);
        // what cannot end the comment or start a tag stays as the spec wrote it
        String box = "(****)\n(* A == /\\ x \\in S \\/ {y} *)\n(****)";
        assertEquals(box, JavaText.commentSafe(box));
        String doc = JavaText.javadoc("", "summary */", "A == x \\union y");
        assertEquals(1, doc.split("\\*/", -1).length - 1, doc);
    }
}
