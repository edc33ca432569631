// Everything the first screen does not need, in one module: one fetch when first used, so opening
// a form never waits on a chain of small chunks.
export { default as RequestScreen } from './request/RequestScreen';
export { default as FaqView } from './faq/FaqView';
export { default as MailboxPicker } from './site/MailboxPicker';
export { default as Notice } from './Notice';
export { default as SiteStep } from './site/SiteStep';
export { default as SiteNameEditor } from './site/SiteNameEditor';
export { draftStoreFor } from './drafts/draftStore';
export { StorageNotice } from './drafts/StorageNotice';
// The open email's recognisers: the card waits for Outlook's answer anyway, so they need not delay start-up.
export { recogniseEmail } from '../../domain/recognisers/recognisers';
export { cleanMessage } from '../../domain/recognisers/message';
// The home screen's search, its results and the icons of the grouped requests.
export { default as SearchField } from './home/SearchField';
export { default as SearchResults } from './home/SearchResults';
export { kindIcons } from './home/kindIcons';
export { ContinueDraft } from './home/ContinueDraft';
