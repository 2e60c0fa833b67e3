/**
 * An Ajv that checks JSON Schema as a careful editor does: strict (any keyword it does not
 * understand fails the compile), every error reported, and the `date` format checked as a real
 * calendar date, as editors such as VS Code do.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { isCalendarDate } from '../../src/lib/scan-format/dates.ts';

/** Compile a JSON Schema into a validating function, the way an editor would apply it. */
export function compileLikeAnEditor(schema: Record<string, unknown>) {
  return new Ajv2020({ allErrors: true, strict: true, formats: { date: isCalendarDate } }).compile(schema);
}
