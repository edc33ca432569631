// zod compiles fast object parsers with `new Function` unless told not to, and probes for it at the
// first parse. The pane is hosted without 'unsafe-eval' (docs/deploy.md, hosting CSP), where that probe is a
// reported violation: so zod runs without eval everywhere. Imported by every module that parses.
import { z } from 'zod';

z.config({ jitless: true });
