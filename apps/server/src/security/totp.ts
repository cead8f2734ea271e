import { generate, generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, label: string) => generateURI({ issuer: 'Sanxiang 三项', label, secret });

/** Accepts the current 30-second step and one on either side; a step at or before `afterStep` is a replay. */
export const checkTotp = async (secret: string, code: string, now: Date, afterStep?: number | null) => {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(afterStep ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid ? { valid: true as const, step: (result as { timeStep: number }).timeStep } : { valid: false as const };
};

export const totpCodeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
