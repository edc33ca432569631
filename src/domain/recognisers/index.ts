// The open email's context: what the selected message is and which request answers it.
export { cleanMessage, limits, type ReceivedMessage } from './message';
export { recogniseEmail, recognisers, type Recognition, type Suggestion, type Prefill } from './recognisers';
