import { type ComponentType, lazy } from 'react';

/**
 * A lazy page outside the signed-in shell that still talks to the API through Apollo hooks
 * (e.g. /verify-email): the page and the Apollo provider load together, in parallel.
 */
export function lazyPublicPage<Module>(load: () => Promise<Module>, name: keyof Module) {
  return lazy(async () => {
    const [module, { ApolloBoundary }] = await Promise.all([load(), import('./ApolloBoundary')]);
    const Page = module[name] as ComponentType;
    return {
      default: () => (
        <ApolloBoundary>
          <Page />
        </ApolloBoundary>
      ),
    };
  });
}
