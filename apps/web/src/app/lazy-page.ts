import { type ComponentType, lazy } from 'react';

/** React.lazy for a module's named export, so pages keep named exports and still load on demand. */
export const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
