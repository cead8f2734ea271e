import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';

/** The address printed in an officer's QR code: the configured public origin, else the one the request came to. */
export const verifyUrlOf = (config: Config, req: FastifyRequest, token: string) => {
  const base = config.publicBaseUrl ?? `${req.protocol}://${req.host}`;
  return `${base}/verify/officer/${token}`;
};

/** A printable SVG QR code; error correction M survives a worn or partly covered card. */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
