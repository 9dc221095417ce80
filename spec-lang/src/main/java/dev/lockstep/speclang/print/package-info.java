/**
 * Printing the AST back to text: {@link dev.lockstep.speclang.print.SpecPrinter} writes TLA+ (ASCII,
 * aligned junction lists, parentheses where an operand is not atomic) and
 * {@link dev.lockstep.speclang.print.PlusCalPrinter} writes a PlusCal algorithm in its own syntax.
 * The contract, tested on every corpus file: parsing the output gives the same tree (ranges aside),
 * and printing is idempotent. Used to hand Unicode specs to tools that only read ASCII.
 */
package dev.lockstep.speclang.print;
