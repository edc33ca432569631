// The send guard's data from the catalogue. Not part of events.js: `npm run build` evaluates this
// module and writes its value into the handler (no zod, no catalogue code in classic Outlook).
import { requestKinds } from '../domain/catalogue';
import { nasAddresses } from '../domain/recipients';
import { sendGuardData } from '../domain/sendGuard';

export const guardData = sendGuardData(requestKinds, nasAddresses);
