import { describe, expect, test } from 'vitest';
import { flagAnchor, itemAnchor, replyAnchor, resolveItemRef } from '../../../src/lib/site/anchors.ts';

describe('anchors', () => {
  test.each([
    [0, 'flag-1'],
    [4, 'flag-5'],
  ])('flagAnchor(%i) → %s', (index, expected) => {
    expect(flagAnchor(index)).toBe(expected);
  });

  test('itemAnchor joins category and item with a hyphen', () => {
    expect(itemAnchor('artifacts', 'code_released')).toBe('artifacts-code_released');
  });

  test('replyAnchor prefixes the reply file name, which is unique per paper and already a valid id', () => {
    expect(replyAnchor('2026-01-15-ada-abernathy')).toBe('reply-2026-01-15-ada-abernathy');
  });
});

describe('resolveItemRef', () => {
  test('finds a rubric item', () => {
    const { category, item } = resolveItemRef('artifacts/code_released');
    expect([category.key, item.key, item.label]).toEqual(['artifacts', 'code_released', 'Code released']);
  });

  test.each([
    ['nonsense/code_released', /expected "<category>\/<item>"/],
    ['artifacts/code_release', /category "artifacts" has no item "code_release" \(items: code_released,/],
    ['artifacts', /has no item ""/],
    ['artifacts/code_released/x', /expected "<category>\/<item>"/],
  ])('%s is rejected with a clear message', (ref, message) => {
    expect(() => resolveItemRef(ref)).toThrow(message);
  });
});
