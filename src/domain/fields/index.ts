// Fields: what a form asks for and how each answer is checked. `types` says what a field is,
// `schema` turns fields into zod schemas and warnings, the builders make the fields kinds use.

export type * from './types';
export { enterMessage } from './base';
export {
  applicableValues,
  applies,
  collectWarnings,
  fieldSchema,
  fieldWarnings,
  initialValue,
  initialValues,
  isInitial,
  objectSchema,
} from './schema';
export { fullName, singleName, shortText, longText, odsCode, normaliseTicketReference } from './text';
export { nhsmailAddress, personalEmail, mobile } from './contact';
export { choice, role, confirm, checkbox, count, list, group, noListLimit } from './choices';
export { date, dateTime, type DateRules } from './dates';
