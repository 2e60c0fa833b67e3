import { describe, expect, test } from 'vitest';
import { addId, comparePath, removeId, serialiseCompareState } from '../../../src/lib/compare/compare-link.ts';

describe('links', () => {
  test('ids in order, old-style slashes kept readable, other characters escaped', () => {
    expect(comparePath(['9901.00002', 'hep-th/9901001'])).toBe('/compare/?papers=9901.00002,hep-th/9901001');
    expect(serialiseCompareState(['a b&c'])).toBe('?papers=a%20b%26c');
  });

  test('no ids, no query', () => {
    expect(serialiseCompareState([])).toBe('');
    expect(comparePath([])).toBe('/compare/');
  });
});

describe('adding and removing', () => {
  test('an id is added at the end', () => {
    expect(addId(['a'], 'b')).toEqual({ ids: ['a', 'b'] });
  });

  test('a paper already compared is not added twice', () => {
    expect(addId(['a', 'b'], 'a')).toEqual({ ids: ['a', 'b'], refused: 'duplicate' });
  });

  test('a full comparison refuses a fifth paper', () => {
    expect(addId(['a', 'b', 'c', 'd'], 'e')).toEqual({ ids: ['a', 'b', 'c', 'd'], refused: 'full' });
  });

  test('removing keeps the order of the others', () => {
    expect(removeId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeId(['a'], 'z')).toEqual(['a']);
  });
});
