/**
 * Command line: `npm run pipeline -- [options]` (or `npx newsframe`).
 * Exit codes: 0 done; 1 done with error rows under --strict, or a fatal failure; 2 bad usage or config.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
