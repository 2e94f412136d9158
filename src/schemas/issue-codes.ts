/**
 * The editor errors a schema raises itself, as a zod custom issue with `params: { code }`: the rules no type
 * can say (a period without a note, lines in the wrong order). src/data/schema-errors.ts reports each as the
 * catalogue entry of that name (src/errors/messages/fields.ts, which checks that each one exists). Kept here, not
 * in src/errors/, so the schemas import nothing from the catalogue, which reads the schemas' vocabulary.
 */
export const schemaIssueCodes = ['period-note-missing', 'check-known-without-id', 'story-season-missing', 'correction-target-missing', 'source-lines-reversed', 'data-alias-invalid', 'place-coordinates-incomplete'] as const;
export type SchemaIssueCode = (typeof schemaIssueCodes)[number];
