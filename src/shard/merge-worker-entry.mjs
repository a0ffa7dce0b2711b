// Merge worker bootstrap: worker threads do not inherit tsx's loader, so register it here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./merge-worker.ts');
