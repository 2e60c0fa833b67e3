import { describe, expect, test } from 'vitest';
import { DISPUTED_MARK, auditMarkers, auditOrigin } from '../../../src/lib/scan-format/audit-origin.ts';

describe('how an audit was made', () => {
  test.each([
    [undefined, 'unrecorded'],
    ['automated', 'automated'],
    ['automated_then_reviewed', 'reviewed'],
    ['human', 'human'],
  ] as const)('method %s is %s', (method, origin) => {
    expect(auditOrigin({ provenance: method && { method } })).toBe(origin);
  });
});

describe('listing markers', () => {
  test('a disputed audit gets the disputed marker, after the others, with its label in words', () => {
    expect(auditMarkers({ origin: 'automated', rubricVersion: 1, olderRubric: true, disputed: true }).map((marker) => marker.kind)).toEqual([
      'unchecked',
      'older-rubric',
      'disputed',
    ]);
    expect(auditMarkers({ origin: 'human', rubricVersion: 1, olderRubric: false, disputed: true })).toEqual([{ kind: 'disputed', ...DISPUTED_MARK }]);
    expect(auditMarkers({ origin: 'human', rubricVersion: 1, olderRubric: false, disputed: false })).toEqual([]);
  });

  test('an unchecked automated audit gets ⚙ with a label in words', () => {
    expect(auditMarkers({ origin: 'automated', rubricVersion: 1, olderRubric: false })).toEqual([
      { kind: 'unchecked', symbol: '⚙', label: 'Automated audit, not checked by a person' },
    ]);
  });

  test('reviewed, human and unrecorded audits under the current rubric get none', () => {
    for (const origin of ['reviewed', 'human', 'unrecorded'] as const) expect(auditMarkers({ origin, rubricVersion: 2, olderRubric: false })).toEqual([]);
  });

  test('an answer under an older rubric names its version', () => {
    expect(auditMarkers({ origin: 'human', rubricVersion: 1, olderRubric: true })).toEqual([
      { kind: 'older-rubric', symbol: 'v1', label: 'Answered under rubric v1, an older version' },
    ]);
    expect(auditMarkers({ origin: 'automated', rubricVersion: 1, olderRubric: true }).map((marker) => marker.kind)).toEqual(['unchecked', 'older-rubric']);
  });
});
