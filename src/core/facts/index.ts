export type { FactsIssue } from './issues.ts';
export { formatIssue } from './issues.ts';
export type { FactsFileInput, ValidateOptions, ValidationResult } from './validate.ts';
export { validateFacts } from './validate.ts';
export { generateJsonSchema } from './json-schema.ts';
export { localToday } from './dates.ts';
