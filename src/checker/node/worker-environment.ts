import module from 'node:module';

/**
 * The environment of a checker worker thread. When the thread that starts it keeps Node's compiled
 * code between runs (Astro's command line does, and `npm run check` without --no-cache), the worker
 * uses the same cache: loading the checker is most of a small check's time.
 */
export function workerEnvironment(): NodeJS.ProcessEnv {
  const compileCache = module.getCompileCacheDir?.();
  return compileCache ? { ...process.env, NODE_COMPILE_CACHE: compileCache } : process.env;
}
