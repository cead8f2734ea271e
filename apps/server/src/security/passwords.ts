import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes.
// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

// Verified against when the username does not exist, so both paths take the same time.
let decoy: Promise<string> | undefined;
export const decoyVerify = async (password: string) => {
  decoy ??= hashPassword('decoy-password-never-used');
  await verifyPassword(await decoy, password);
  return false;
};
