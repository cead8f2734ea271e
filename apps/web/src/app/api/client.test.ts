import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayPlain } from '../format.ts';
import { api, serverTimeNow } from './client.ts';

describe('the server clock', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("takes today from the server's answer, not from the device's clock", async () => {
    // The server is ten days ahead of this device (a shifted demo clock, or a device with a wrong date).
    const server = new Date(Date.now() + 10 * 86_400_000);
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json', 'x-server-time': server.toISOString() } }));
    await api.get('/system/health');
    expect(Math.abs(serverTimeNow() - server.getTime())).toBeLessThan(1_000);
    expect(todayPlain()).toBe(new Date(server.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
  });

  it('keeps the last known offset when an answer carries no time', async () => {
    const server = new Date(Date.now() + 5 * 86_400_000);
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json', 'x-server-time': server.toISOString() } }));
    await api.get('/system/health');
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    await api.get('/system/health');
    expect(Math.abs(serverTimeNow() - Date.now() - 5 * 86_400_000)).toBeLessThan(1_000);
  });
});
