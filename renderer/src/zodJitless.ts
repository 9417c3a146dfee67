import { config } from 'zod';

// Zod probes for eval (new Function) when its schemas are first used; the window's CSP refuses eval,
// and the refused probe is reported as a CSP violation. Jitless, it never tries. Imported first by
// main.tsx, so it runs before any module that builds schemas.
config({ jitless: true });
