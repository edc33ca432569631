// Public API of the domain: pure TypeScript, no React, no Office.
export { identifyMailbox, siteLabel, type MailboxIdentity, type SharedMailbox } from './mailboxIdentity';
export { requestKinds, seedFiles } from './catalogue';
export { kindIndex, kindList, groupTitles, type KindSummary, type KindId } from './kindIndex';
export { composeRequest, findKind, guidedMessage, type ComposeResult, type ComposeContext, type ComposedMessage } from './compose';
export type { RequestKind, EmailKind, GuidedKind, Route, SendFrom, KindGroup, Explanation, SeedId } from './requestKind';
export type { Field, FieldMap, FieldUi, ScalarField, ListField, GroupField, Control, Warning } from './fields';
export { validateListRows, type RowProblems } from './rowValidation';
export { parsePastedPeople, type PasteResult } from './paste';
export { normaliseMobile, formatMobile, mobileError, mobileWarning, isUkMobile } from './mobile';
export { scanPersonalData, personalDataMessage, isValidNhsNumber, type PersonalDataFinding } from './personalData';
export { escapeHtml } from './html';
export { decideSend, isNasRecipient, type SendCheck, type SendDecision } from './sendGuard';
export { detectMailbox, sourceLabels, type Detection, type MailboxSignal, type SignalSource } from './detectMailbox';
export { nasAvailability } from './nasHours';
export { orgTypes, orgTypeInfo, type OrgType } from './ods';
export { addresses, nasAddresses, sectorAddresses, neverSendTo, helpdeskPhone, type DeploymentOptions } from './recipients';
