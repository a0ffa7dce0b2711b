/**
 * Command line: `npm run pipeline -- [options]` (or `npx newsframe`); `npm run pipeline -- merge` for sharded runs.
 * Exit codes: 0 done; 1 done with error rows under --strict, or a fatal failure; 2 bad usage or config;
 * 3 merge refused (shards missing or made differently).
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
