import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { equal, format } from '../../src/results/itf';

test('formats ITF values the way TLC prints them', () => {
  assert.equal(format(true), 'TRUE');
  assert.equal(format(42), '42');
  assert.equal(format({ '#bigint': '-123456789012345678901' }), '-123456789012345678901');
  assert.equal(format('a"b'), '"a\\"b"');
  assert.equal(format([1, 2]), '<<1, 2>>');
  assert.equal(format({ '#tup': ['x', 1] }), '<<"x", 1>>');
  assert.equal(format({ '#set': [1, 2] }), '{1, 2}');
  assert.equal(format({ '#map': [['p1', 'idle'], [2, true]] }), '(p1 :> "idle" @@ 2 :> TRUE)');
  assert.equal(format({ a: 1, b: { '#set': [] } }), '[a |-> 1, b |-> {}]');
});

test('sets and functions are equal regardless of order', () => {
  assert.ok(equal({ '#set': [1, 2] }, { '#set': [2, 1] }));
  assert.ok(equal({ '#map': [['a', 1], ['b', 2]] }, { '#map': [['b', 2], ['a', 1]] }));
  assert.ok(!equal({ '#map': [['a', 1]] }, { '#map': [['a', 2]] }));
  assert.ok(!equal([1, 2], [2, 1]), 'sequences keep their order');
  assert.ok(!equal({ '#tup': [1] }, [1]), 'a tuple is not a sequence in ITF');
});
